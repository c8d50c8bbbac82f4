/**
 * Shiro on the web: the realm over Pylon's users, HTTP Basic and form login, session hygiene,
 * the delay after failed logins, and the cross-site request forgery guard for session callers.
 */
package io.pylon.security;
