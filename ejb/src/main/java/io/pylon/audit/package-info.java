/**
 * Reading the audit trail: the Envers revisions of one entity, with who made each change.
 */
package io.pylon.audit;
