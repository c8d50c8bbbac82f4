/**
 * Projects as use cases: find and list the projects of the accounts the caller may see, record one from an import,
 * start one with its gates; and gate reviews ({@link io.pylon.project.Gates}): criteria, waivers and decisions.
 */
package io.pylon.project;
