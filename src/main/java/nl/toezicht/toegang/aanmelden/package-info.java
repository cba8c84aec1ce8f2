/**
 * Authentication internals of module toegang: password rules and lock-out, the TOTP second factor,
 * OpenID Connect accounts, API keys of machine clients and the session's absolute lifetime. Internal to
 * the module (only {@code nl.toezicht.toegang} itself is its API).
 */
@NullMarked
package nl.toezicht.toegang.aanmelden;

import org.jspecify.annotations.NullMarked;
