/**
 * Exchange rates into the reporting currency, each valid from a date, and the conversions they make: the newest
 * rate valid on or before the day of the conversion, named in its result.
 */
package io.pylon.currency;
