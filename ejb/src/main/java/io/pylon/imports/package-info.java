/**
 * Imports of agencies and projects from the World Bank projects export (JSON or CSV): reading
 * and checking the file, and processing it in the background in batches, as the user who
 * uploaded it.
 */
package io.pylon.imports;
