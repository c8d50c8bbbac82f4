/**
 * Projects: the infrastructure projects an agency account owns, imported from financiers or started by the company,
 * and their lifecycle: phases, gates G0-G5 from templates per sector and contract type, criteria and decisions.
 */
package io.pylon.project;
