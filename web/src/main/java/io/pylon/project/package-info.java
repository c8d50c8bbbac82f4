/**
 * The projects resource of the REST API and the JSON shapes it writes.
 */
package io.pylon.project;
