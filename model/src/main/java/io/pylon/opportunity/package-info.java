/**
 * Opportunities: contracts an agency may award us, each with its value, stage and win probability; won ones
 * count as contracted value, open ones as pipeline weighted by their probability.
 */
package io.pylon.opportunity;
