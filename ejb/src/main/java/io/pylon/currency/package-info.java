/**
 * The exchange rates service: every signed-in user reads the rates and converts with them; only administrators
 * enter, correct and remove them.
 */
package io.pylon.currency;
