package io.pylon.currency;

import io.pylon.api.FieldChecks;
import io.pylon.api.MoneyForm;
import io.pylon.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates", description = "Rates into the reporting currency, each valid from a day; "
        + "administrators maintain them")
public class ExchangeRatesResource {

    @Inject
    ExchangeRates exchangeRates;

    @GET
    @Operation(summary = "Every rate, by quote currency and currency, the newest first")
    public List<ExchangeRateView> list() {
        return exchangeRates.all().stream().map(ExchangeRateView::of).toList();
    }

    @PUT
    @Path("{currency}/{validFrom}")
    @Operation(summary = "Enter the rate of a currency into the reporting currency from a day on (YYYY-MM-DD): "
            + "1 unit of the currency is worth rate units of the reporting currency. 201 when the day had no rate, "
            + "200 when this corrects it. Administrators only")
    public Response enter(@PathParam("currency") String currency, @PathParam("validFrom") String validFrom,
                          ExchangeRateForm form) {
        FieldChecks checks = new FieldChecks();
        Currency rated = checks.currency("currency", currency);
        LocalDate from = checks.date("validFrom", validFrom);
        FieldChecks.body(form);
        checks.required("rate", form.rate());
        BigDecimal rate = checks.decimal("rate", form.rate());
        checks.orThrow();
        ExchangeRates.Entry entry = exchangeRates.enter(rated, from, rate);
        return Response.status(entry.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ExchangeRateView.of(entry.rate())).build();
    }

    @DELETE
    @Path("{currency}/{validFrom}")
    @Operation(summary = "Remove the rate of a day; the one before it applies again. Administrators only")
    public Response remove(@PathParam("currency") String currency, @PathParam("validFrom") String validFrom) {
        FieldChecks checks = new FieldChecks();
        Currency rated = checks.currency("currency", currency);
        LocalDate from = checks.date("validFrom", validFrom);
        checks.orThrow();
        exchangeRates.remove(rated, from);
        return Response.noContent().build();
    }

    @GET
    @Path("conversion")
    @Operation(summary = "Convert an amount into the reporting currency at the newest rate valid on or before the "
            + "day (today when not given); says which rate it used. 400 with code no_exchange_rate when there is none")
    public ConversionView convert(@QueryParam("amount") String amount, @QueryParam("currency") String currency,
                                  @QueryParam("on") String on) {
        FieldChecks checks = new FieldChecks();
        Money money = new MoneyForm(amount, currency).positive(checks, "amount", "currency");
        LocalDate day = checks.date("on", on);
        checks.orThrow();
        return ConversionView.of(exchangeRates.convert(money, day));
    }
}
