package io.pylon.financing;

/** A financed contract worked out: the financing plan's schedules, metrics and checks, and the contractor's view. */
public record ContractEvaluation(Evaluation financing, ContractorView contractor, DebtServiceCover debtServiceCover) {
}
