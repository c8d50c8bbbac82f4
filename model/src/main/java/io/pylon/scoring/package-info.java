/**
 * Account scoring: the weighted composite of measured criteria, the weights an administrator sets,
 * the ratings an account team gives, and the scores computed from them with their explanation.
 */
package io.pylon.scoring;
