/**
 * Identity and authorisation: staff accounts, roles, departments, and the one place where modules ask
 * whether the current user may do something ({@link nl.toezicht.toegang.Toegangsbeleid}).
 */
@NullMarked
package nl.toezicht.toegang;

import org.jspecify.annotations.NullMarked;
