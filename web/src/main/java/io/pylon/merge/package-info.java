/**
 * The near-duplicates and merge resources of the REST API: pairs to look at, keeping a pair
 * apart, merging one account into another.
 */
package io.pylon.merge;
