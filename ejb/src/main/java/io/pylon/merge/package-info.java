/**
 * Near-duplicate agencies as use cases: list the pairs to look at, keep a pair apart, merge one
 * account into another with everything that references it.
 */
package io.pylon.merge;
