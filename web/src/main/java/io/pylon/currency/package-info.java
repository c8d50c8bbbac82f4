/**
 * The exchange rates API: {@code /api/exchange-rates}, read by every signed-in user, maintained by administrators,
 * and a conversion that names the rate it used.
 */
package io.pylon.currency;
