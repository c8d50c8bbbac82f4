/**
 * The scoring API: the criteria and their weights, the runs that rescore every account, and
 * each account's score with its explanation and the ratings its team gives.
 */
package io.pylon.scoring;
