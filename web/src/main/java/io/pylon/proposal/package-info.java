/** Proposals over REST: drafting, revising and submitting versions, each worked out by the financing engine. */
package io.pylon.proposal;
