/**
 * Start-up of the application: the schema migrated by Flyway and validated by Hibernate
 * before anything else runs.
 */
package io.pylon.platform;
