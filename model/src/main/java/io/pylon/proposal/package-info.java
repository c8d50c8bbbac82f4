/**
 * Proposals: the offers of a financed contract made for an opportunity, versioned, each submitted version frozen;
 * their terms are a contract and its financing plan ({@link io.pylon.financing.FinancedContract}).
 */
package io.pylon.proposal;
