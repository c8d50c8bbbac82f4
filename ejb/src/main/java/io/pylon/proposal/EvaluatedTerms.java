package io.pylon.proposal;

import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.FinancedContract;

/** Terms a proposal offers, under the name they go by (a version, a scenario), and the engine's evaluation of them. */
record EvaluatedTerms(String name, FinancedContract contract, ContractEvaluation evaluation) {
}
