/**
 * Users and their credentials as the login realm needs them, password hashing, and the
 * signed-in user as the other services check it.
 */
package io.pylon.security;
