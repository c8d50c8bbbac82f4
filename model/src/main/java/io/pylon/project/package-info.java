/**
 * Projects: the infrastructure projects an agency account owns, with their borrower, sectors,
 * commitment, dates and status.
 */
package io.pylon.project;
