/**
 * Agency accounts as a use case: create, find, search, revise and read the history of the
 * accounts the caller may see, by role and account-team membership.
 */
package io.pylon.account;
