/**
 * Imports of agencies and projects from a financier's export file: the uploaded file, the state
 * and progress of its processing, and its report.
 */
package io.pylon.imports;
