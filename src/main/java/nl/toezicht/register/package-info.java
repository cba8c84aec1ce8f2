/** The provider register: care providers (zorgaanbieders) and their locations (locaties). */
@NullMarked
package nl.toezicht.register;

import org.jspecify.annotations.NullMarked;
