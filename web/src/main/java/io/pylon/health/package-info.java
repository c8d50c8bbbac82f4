/** The health of an account relationship, as the API shows it. */
package io.pylon.health;
