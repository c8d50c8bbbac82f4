/**
 * Value objects and rules shared by every component: country codes, money, name normalisation,
 * and the exception a domain rule raises when a request would break it.
 */
package io.pylon.shared;
