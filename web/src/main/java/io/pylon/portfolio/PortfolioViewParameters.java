package io.pylon.portfolio;

import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.account.Tier;
import io.pylon.api.FieldChecks;
import io.pylon.country.Region;
import io.pylon.project.Phase;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Reason;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A portfolio view as the query string gives it: {@code asOf} (YYYY-MM-DD), {@code currency} (ISO 4217) and the
 * filters {@code country}, {@code region}, {@code sector}, {@code tier}, {@code classification},
 * {@code accountManager} (a username) and {@code phase}, each repeated or comma-separated for several values. Any
 * other parameter than these and {@code extra} is refused by name, so that a misspelt filter does not silently show
 * the whole portfolio.
 */
final class PortfolioViewParameters {

    static final List<String> FILTERS = List.of("country", "region", "sector", "tier", "classification",
            "accountManager", "phase");

    private PortfolioViewParameters() {
    }

    /** The view, every bad parameter reported at once as a 400; {@code extra} are the endpoint's own parameters. */
    static Portfolio.View read(MultivaluedMap<String, String> query, FieldChecks checks, String... extra) {
        Set<String> known = new LinkedHashSet<>(FILTERS);
        known.add("asOf");
        known.add("currency");
        known.addAll(Arrays.asList(extra));
        query.keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(unknown -> checks.valid(unknown,
                unknown, name -> false, Reason.NOT_ALLOWED, "is not a parameter of the portfolio: use "
                        + String.join(", ", known)));
        List<String> countries = values(query, "country");
        countries.forEach(country -> checks.country("country", country));
        LocalDate asOf = checks.date("asOf", query.getFirst("asOf"));
        Currency currency = checks.currency("currency", query.getFirst("currency"));
        PortfolioFilter filter = new PortfolioFilter(
                countries.stream().filter(CountryCode::isValid).map(CountryCode::of).collect(Collectors.toSet()),
                checks.allOf("region", values(query, "region"), Region.class),
                checks.allOf("sector", values(query, "sector"), Sector.class),
                checks.allOf("tier", values(query, "tier"), Tier.class),
                checks.allOf("classification", values(query, "classification"), Classification.class),
                Set.copyOf(values(query, "accountManager")),
                checks.allOf("phase", values(query, "phase"), Phase.class));
        return new Portfolio.View(asOf, currency, filter);
    }

    /** Every value of a repeated or comma-separated parameter, blanks dropped. */
    private static List<String> values(MultivaluedMap<String, String> query, String name) {
        List<String> given = query.get(name);
        return given == null ? List.of() : given.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }
}
