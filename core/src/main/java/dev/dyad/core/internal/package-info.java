/** Helpers that only core's own packages use; nothing outside core imports them. */
package dev.dyad.core.internal;
