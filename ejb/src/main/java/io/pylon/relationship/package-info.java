/**
 * Interactions with the agencies and their follow-ups, the visit cadence in force and each
 * account's visit schedule; what each person has to follow up and visit.
 */
package io.pylon.relationship;
