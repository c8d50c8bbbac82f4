/**
 * Projects as a use case: find and list the projects of the accounts the caller may see, and
 * record a project from an import, created or revised by its financier's id.
 */
package io.pylon.project;
