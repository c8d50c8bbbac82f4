/**
 * Near-duplicate agencies: the similarity of names that normalisation does not settle, the pairs
 * a person kept apart, and the record of accounts merged into another.
 */
package io.pylon.merge;
