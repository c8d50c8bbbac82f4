/** Proposals of an account's opportunities: created, revised as drafts, submitted and then kept frozen. */
package io.pylon.proposal;
