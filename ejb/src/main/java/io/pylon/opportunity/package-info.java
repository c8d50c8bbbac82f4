/**
 * The opportunities service: an account's opportunities, seen by whoever sees the account and changed by whoever
 * may change it.
 */
package io.pylon.opportunity;
