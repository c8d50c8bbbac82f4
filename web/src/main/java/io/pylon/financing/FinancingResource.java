package io.pylon.financing;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("financing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Financing", description = "Export-credit financing plans worked out: schedules, metrics, OECD checks")
public class FinancingResource {

    @Inject
    FinancingPlans plans;

    @POST
    @Path("evaluate")
    @Operation(summary = "Work out a financing plan without storing it. Conventions: interest accrues on the "
            + "outstanding balance between payment dates with the tranche's day count (ACT_360, ACT_365F, 30_360) and "
            + "is paid on each payment date (option capitaliseInterest: added to the principal until the starting point "
            + "of credit); payment dates lie every frequencyMonths from firstRepaymentDate, back to signing and on to the "
            + "last instalment. The commitment fee accrues on the undrawn amount, same day count, paid on the same dates "
            + "until the tranche is fully drawn (what is undrawn after the last drawdown is cancelled); the upfront fee "
            + "is paid on the first drawdown date. The premium is a rate on the covered amount (the tranche's); "
            + "financed: added to the principal on the first drawdown date and not received by the borrower; not "
            + "financed: paid by the borrower on the first drawdown date. EQUAL_PRINCIPAL: principal in equal "
            + "instalments every frequencyMonths from firstRepaymentDate; ANNUITY: level instalments of interest plus "
            + "principal at the periodic rate (annual rate x frequencyMonths / 12), interest by day count; CUSTOM: the "
            + "given shares. Year fractions for WAL and for discounting are days / 365; WAL is measured from the "
            + "starting point of credit. All-in cost: the annual rate r with sum(CF_i / (1 + r)^((d_i - d_0) / 365)) = 0 "
            + "over the borrower's cash flows (drawdowns received, minus fees, premium paid, interest and principal): "
            + "the spreadsheet XIRR convention. Grant element: 1 - PV(borrower's debt service and fees) / PV(drawdowns "
            + "received), both discounted to the first drawdown date at discountRate (default 5%, the IMF rate) with "
            + "the XNPV convention. Checks: the OECD Arrangement's down payment (at least 15%), official support (at "
            + "most 85%), local costs (40% Category I, 50% Category II, and at most the local costs), repayment term "
            + "(15 years, 22 for climate or nuclear), repayment profile (equal principal at least every 6 months, the "
            + "first within 6 months of the starting point of credit; other profiles to be reviewed) and a fixed rate "
            + "at or above the CIRR given. For bid managers, account managers, executives and administrators")
    public EvaluationView evaluate(FinancingPlanForm form) {
        return EvaluationView.of(plans.evaluate(FieldChecks.body(form).plan()));
    }
}
