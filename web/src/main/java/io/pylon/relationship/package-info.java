/**
 * The REST API of the relationship with an agency: its interactions and follow-ups, the visit
 * cadence setting, and the signed-in user's own follow-ups and due visits.
 */
package io.pylon.relationship;
