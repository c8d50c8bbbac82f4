/** Financing plans: working out a plan's schedule, metrics and Arrangement checks for those who build proposals. */
package io.pylon.financing;
