/**
 * The portfolio of accounts as a whole: each account's value, the Pareto ranking that places it in tier A, B or C,
 * and the administrator's settings for it (reporting currency, cut points).
 */
package io.pylon.portfolio;
