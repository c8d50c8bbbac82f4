/**
 * Value objects and rules shared by every component: country codes, name normalisation,
 * and the exception a domain rule raises when a request would break it.
 */
package io.pylon.shared;
