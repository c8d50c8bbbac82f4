/**
 * The Payara domain as code: settings from system properties and the environment, the asadmin
 * command files, and the launcher that creates, configures, starts and stops a domain.
 */
package io.pylon.config;
