@NullMarked
package nl.toezicht.documenten.web;

import org.jspecify.annotations.NullMarked;
