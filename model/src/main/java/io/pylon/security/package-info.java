/**
 * Who may use Pylon: users, their global roles, and the permission strings that Shiro checks
 * (global ones from the role, per-account ones from account-team membership).
 */
package io.pylon.security;
