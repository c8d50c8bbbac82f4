/**
 * The health of an account relationship: a weighted composite of satisfaction, follow-ups, visits
 * and pipeline coverage, each part visible with its figure and explanation.
 */
package io.pylon.health;
