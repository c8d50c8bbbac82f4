package io.pylon.scoring;

import jakarta.enterprise.context.Dependent;

/**
 * PAYMENT_BEHAVIOUR: how well the agency pays. Until receivables are recorded the account team's
 * rating is all there is, and the explanation says so.
 */
@Dependent
public class PaymentBehaviour extends TeamRating {

    @Override
    public Criterion criterion() {
        return Criterion.PAYMENT_BEHAVIOUR;
    }

    @Override
    String attribute() {
        return "paymentBehaviour";
    }

    @Override
    String code() {
        return "payment";
    }

    @Override
    String caveat() {
        return " (the team's rating: receivables are not recorded yet)";
    }
}
