/**
 * The audit trail: Envers revisions, each stamped with the user who made the change.
 */
package io.pylon.audit;
