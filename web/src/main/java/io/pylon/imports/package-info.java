/**
 * The imports resource of the REST API: upload an export file, then follow its import.
 */
package io.pylon.imports;
