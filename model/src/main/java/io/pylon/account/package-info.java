/**
 * Agency accounts: the government agencies and state-owned enterprises Pylon follows, and the
 * account teams whose membership decides who sees and changes them.
 */
package io.pylon.account;
