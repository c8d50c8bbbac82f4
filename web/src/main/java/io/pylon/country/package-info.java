/**
 * Countries as the portfolio groups them: each country's region and its OECD country risk category, reference data
 * an administrator maintains.
 */
package io.pylon.country;
