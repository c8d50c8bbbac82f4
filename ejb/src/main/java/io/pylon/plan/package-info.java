/**
 * Account plans as use cases: read, revise piece by piece with versions, and print them as PDF;
 * seen and changed as the account is.
 */
package io.pylon.plan;
