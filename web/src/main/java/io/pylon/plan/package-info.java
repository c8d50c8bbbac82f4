/**
 * The account plans resource of the REST API, its JSON shapes, and the plan as a PDF download.
 */
package io.pylon.plan;
