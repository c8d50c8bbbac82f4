/**
 * The portfolio API: the Pareto analysis, tier recomputation, each account's tier with its override and history,
 * and the tier settings.
 */
package io.pylon.portfolio;
