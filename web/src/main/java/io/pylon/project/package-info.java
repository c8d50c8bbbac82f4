/**
 * The projects and gates resources of the REST API, the forms they read and the JSON shapes they write.
 */
package io.pylon.project;
