/**
 * The portfolio services: the Pareto analysis of every account's value, placing accounts in tiers (on demand,
 * nightly, or by hand with a reason), the history of those changes, and the settings of the analysis.
 */
package io.pylon.portfolio;
