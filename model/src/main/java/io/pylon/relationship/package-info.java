/**
 * The relationship with an agency: interactions (visits, meetings, calls, e-mails, events) with
 * participants on both sides, the follow-ups they lead to, and the visit cadence per tier.
 */
package io.pylon.relationship;
