/**
 * The health of an account relationship, gathered from its surveys, follow-ups, visits and opportunities
 * when asked, so that it is always as current as they are.
 */
package io.pylon.health;
