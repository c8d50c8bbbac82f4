package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static io.pylon.it.OpportunitiesApiIT.opportunity;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portfolio through REST on a small data set made here, in three countries where no other test (nor the World
 * Bank extract the imports read) has an account, every expected
 * figure worked out below. {@code am} leads three accounts:
 * <ul>
 * <li>A, Guyana (risk category 5): won 10,000,000 USD, open 4,000,000 USD at 50 %; a project earning 3,000,000 of
 *     10,000,000 at a cost of 2,400,000; invoices of 1,000,000 (due 30 days ago, unpaid), 500,000 (due in 20 days) and
 *     800,000 (due 60 days ago, paid 45 days ago); surveyed 100 days ago (every score 3) and 10 days ago (4);</li>
 * <li>B, Oman (risk category 6), named in Chinese too: won 40,000,000 BWP at 0.075 USD = 3,000,000 USD;</li>
 * <li>C, Botswana (no country profile: no region, unrated): open 2,000,000 USD at 25 % and 5,000 MNT, which has no
 *     rate and is left out.</li>
 * </ul>
 * The administrator leads a fourth, E in Botswana, won 1,000,000 USD, which {@code am} does not see.
 */
@ClientTest
class PortfolioApiIT {

    private static final String COUNTRIES = "country=GUY,OMN&country=BWA";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static long a;
    private static long b;
    private static long c;
    private static long e;

    private final Api am = Api.as("am");

    @BeforeAll
    static void portfolio() {
        Api am = Api.as("am");
        Api admin = Api.as("admin");
        assertThat(admin.put("/api/exchange-rates/BWP/" + TODAY.minusDays(100), "{\"rate\": \"0.075\"}").status())
                .isIn(200, 201);
        classify(admin, "GUY", "LATIN_AMERICA_CARIBBEAN", 5);
        classify(admin, "OMN", "MIDDLE_EAST_NORTH_AFRICA", 6);

        a = account(am, "Guyana Roads Authority", "GUY");
        won(am, a, "10000000", "USD");
        am.post(opportunities(a), opportunity("Linden-Lethem road, lot 2", "4000000", "USD", 50, "NEGOTIATING", null));
        Api.Answer started = am.post("/api/projects", """
                {"name": "East Bank Demerara road", "ownerAccountId": %d, "country": "GUY", "sector": "ROAD",
                 "contractType": "EPC"}""".formatted(a));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String project = "/api/projects/" + started.json().getJsonNumber("id");
        Api.Answer earned = am.put(project + "/earned-value/" + TODAY, """
                {"budgetAtCompletion": {"amount": "10000000", "currency": "USD"},
                 "plannedValue": {"amount": "3500000", "currency": "USD"},
                 "earnedValue": {"amount": "3000000", "currency": "USD"},
                 "actualCost": {"amount": "2400000", "currency": "USD"}}""");
        assertThat(earned.status()).as(earned.toString()).isEqualTo(201);
        invoice(am, project, "IPC-01", "1000000", TODAY.minusDays(60), TODAY.minusDays(30), null);
        invoice(am, project, "IPC-02", "500000", TODAY.minusDays(10), TODAY.plusDays(20), null);
        invoice(am, project, "IPC-00", "800000", TODAY.minusDays(90), TODAY.minusDays(60), TODAY.minusDays(45));
        for (String survey : List.of(AccountSurveysApiIT.survey(TODAY.minusDays(100), 3, 6),
                AccountSurveysApiIT.survey(TODAY.minusDays(10), 4, 8))) {
            assertThat(am.post("/api/accounts/" + a + "/surveys", survey).status()).isEqualTo(201);
        }

        b = account(am, "Oman Electricity Authority 阿曼电力局", "OMN");
        won(am, b, "40000000", "BWP");

        c = account(am, "Botswana Water Utilities", "BWA");
        am.post(opportunities(c), opportunity("Gaborone water reuse", "2000000", "USD", 25, "BIDDING", null));
        am.post(opportunities(c), opportunity("Ulaanbaatar pumping station", "5000", "MNT", 50, "BIDDING", null));

        e = account(admin, "Botswana Roads Department", "BWA");
        won(admin, e, "1000000", "USD");
    }

    @Test
    void everyFigureOfTheAccountsOfTheTeamsOfAnAccountManager() {
        JsonObject summary = am.get("/api/portfolio?" + COUNTRIES).json();
        assertThat(summary.getInt("accounts")).isEqualTo(3);
        assertThat(summary.getString("currency")).isEqualTo("USD");
        JsonObject totals = summary.getJsonObject("totals");
        // Contracted 10,000,000 + 3,000,000; pipeline 2,000,000 + 500,000; earned 3,000,000 with a margin of 600,000;
        // backlog 7,000,000 + 3,000,000; receivable 1,000,000 + 500,000 of which 1,000,000 overdue; exposure
        // (backlog + receivables) 11,500,000.
        assertThat(money(totals, "contracted")).isEqualTo("13000000.00");
        assertThat(money(totals, "pipeline")).isEqualTo("2500000.00");
        assertThat(money(totals, "value")).isEqualTo("15500000.00");
        assertThat(money(totals, "earned")).isEqualTo("3000000.00");
        assertThat(money(totals, "margin")).isEqualTo("600000.00");
        assertThat(totals.getJsonNumber("marginShare").bigDecimalValue()).isEqualByComparingTo("0.2");
        assertThat(money(totals, "backlog")).isEqualTo("10000000.00");
        assertThat(money(totals, "receivable")).isEqualTo("1500000.00");
        assertThat(money(totals, "overdueReceivable")).isEqualTo("1000000.00");
        assertThat(money(totals, "exposure")).isEqualTo("11500000.00");
        assertThat(summary.getJsonObject("projectsByPhase").getInt("PLANNING")).isEqualTo(1);

        // Values 12, 3 and 0.5 million of 15.5: HHI = 10,000 x (144 + 9 + 0.25) / 240.25; one account per country.
        JsonObject byAccount = summary.getJsonObject("concentrationByAccount");
        assertThat(byAccount.getJsonNumber("herfindahlIndex").bigDecimalValue()).isEqualByComparingTo("6378.77");
        assertThat(byAccount.getJsonNumber("topFiveShare").bigDecimalValue()).isEqualByComparingTo("1");
        assertThat(summary.getJsonObject("concentrationByCountry").getJsonNumber("herfindahlIndex").bigDecimalValue())
                .isEqualByComparingTo("6378.77");
        assertThat(summary.getJsonArray("countries").getValuesAs(JsonObject.class))
                .extracting(country -> country.getString("country") + " " + country.getJsonNumber("share"))
                .containsExactly("GUY 0.7742", "OMN 0.1935", "BWA 0.0323");
        assertThat(summary.getJsonArray("pareto").getValuesAs(JsonObject.class))
                .extracting(point -> point.getJsonNumber("accountId").longValue()).containsExactly(a, b, c);

        // Exposure 8,500,000 in category 5 and 3,000,000 in 6 of 11,500,000; Botswana's account exposes nothing.
        Map<String, JsonObject> exposure = summary.getJsonArray("exposure").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(row -> row.containsKey("riskCategory")
                        ? String.valueOf(row.getInt("riskCategory")) : "unrated", Function.identity()));
        assertThat(exposure).hasSize(9);
        assertThat(money(exposure.get("5"), "exposure")).isEqualTo("8500000.00");
        assertThat(exposure.get("5").getJsonNumber("share").bigDecimalValue()).isEqualByComparingTo("0.7391");
        assertThat(money(exposure.get("6"), "exposure")).isEqualTo("3000000.00");
        assertThat(exposure.get("unrated").getInt("accounts")).isEqualTo(1);
        assertThat(money(exposure.get("0"), "exposure")).isEqualTo("0.00");

        assertThat(summary.getJsonArray("ratesUsed").getValuesAs(JsonObject.class))
                .extracting(rate -> rate.getString("currency") + " " + rate.getString("rate") + " " + rate.getString("validFrom"))
                .containsExactly("BWP 0.075 " + TODAY.minusDays(100));

        Map<Long, JsonObject> rows = rows(am, "/api/portfolio/accounts?" + COUNTRIES);
        JsonObject guyana = rows.get(a);
        assertThat(guyana.getString("region")).isEqualTo("LATIN_AMERICA_CARIBBEAN");
        assertThat(guyana.getInt("riskCategory")).isEqualTo(5);
        assertThat(guyana.getJsonArray("accountManagers").getString(0)).isEqualTo("am");
        assertThat(money(guyana, "backlog")).isEqualTo("7000000.00");
        assertThat(money(guyana, "receivable")).isEqualTo("1500000.00");
        assertThat(guyana.getJsonNumber("marginShare").bigDecimalValue()).isEqualByComparingTo("0.2");
        assertThat(guyana.getInt("projects")).isEqualTo(1);
        assertThat(guyana.getJsonObject("satisfaction").getJsonNumber("latestAverage").bigDecimalValue())
                .isEqualByComparingTo("4");
        assertThat(guyana.getJsonObject("satisfaction").getJsonNumber("change").bigDecimalValue())
                .as("up a point since the survey before").isEqualByComparingTo("1");
        assertThat(rows.get(b).getJsonObject("satisfaction").containsKey("latestAverage")).as("never surveyed").isFalse();
        assertThat(rows.get(c).containsKey("region")).isFalse();
        assertThat(rows.get(c).getJsonArray("unconverted").getString(0)).isEqualTo("MNT");
        assertThat(money(rows.get(b), "contracted")).isEqualTo("3000000.00");

        for (long account : List.of(a, b, c)) {
            JsonObject health = am.get("/api/accounts/" + account + "/health").json();
            assertThat(rows.get(account).getJsonNumber("health").bigDecimalValue()).as("the account page's health")
                    .isEqualByComparingTo(health.getJsonNumber("score").bigDecimalValue().setScale(1,
                            RoundingMode.HALF_EVEN));
        }
        JsonObject receivables = am.get("/api/accounts/" + a + "/health").json().getJsonArray("parts")
                .getValuesAs(JsonObject.class).stream().filter(part -> part.getString("criterion").equals("RECEIVABLES"))
                .findFirst().orElseThrow();
        assertThat(receivables.getJsonNumber("score").bigDecimalValue()).as("a third of 1,500,000 not yet overdue")
                .isCloseTo(new BigDecimal("33.3333"), Offset.offset(new BigDecimal("0.0001")));
    }

    @Test
    void asOfAPastDayReceivablesAndEarnedValueAreThoseOfThatDay() {
        // Fifty days ago: IPC-01 owed, not yet due; IPC-00 owed and ten days overdue; IPC-02 not issued; nothing
        // earned yet (the first period ends today), so all that was contracted was backlog; one survey, no trend.
        LocalDate then = TODAY.minusDays(50);
        JsonObject guyana = rows(am, "/api/portfolio/accounts?country=GUY&asOf=" + then).get(a);
        assertThat(money(guyana, "receivable")).isEqualTo("1800000.00");
        assertThat(money(guyana, "overdueReceivable")).isEqualTo("800000.00");
        assertThat(money(guyana, "earned")).isEqualTo("0.00");
        assertThat(money(guyana, "backlog")).isEqualTo("10000000.00");
        assertThat(guyana.getJsonObject("satisfaction").getJsonNumber("latestAverage").bigDecimalValue())
                .isEqualByComparingTo("3");
        assertThat(guyana.getJsonObject("satisfaction").containsKey("change")).isFalse();

        JsonObject overdue = am.get("/api/portfolio/overdue?country=GUY&asOf=" + then).json();
        assertThat(overdue.getJsonArray("invoices").getValuesAs(JsonObject.class))
                .extracting(invoice -> invoice.getString("number") + " " + invoice.getInt("daysOverdue"))
                .containsExactly("IPC-00 10");
        assertThat(am.get("/api/portfolio/overdue?country=GUY").json().getJsonArray("invoices")
                .getValuesAs(JsonObject.class)).extracting(invoice -> invoice.getString("number") + " "
                + invoice.getInt("daysOverdue")).containsExactly("IPC-01 30");
    }

    @Test
    void anotherCurrencyThroughTheReportingOne() {
        JsonObject oman = rows(am, "/api/portfolio/accounts?country=OMN&currency=BWP").get(b);
        assertThat(oman.getJsonObject("contracted").getString("amount")).isEqualTo("40000000.00");
        assertThat(oman.getJsonObject("contracted").getString("currency")).isEqualTo("BWP");
    }

    @Test
    void executivesSeeEveryAccountAndAccountManagersOnlyTheirTeams() {
        JsonObject all = Api.as("exec").get("/api/portfolio?" + COUNTRIES).json();
        assertThat(all.getInt("accounts")).isEqualTo(4);
        assertThat(money(all.getJsonObject("totals"), "value")).isEqualTo("16500000.00");
        // By country: Guyana 12, Oman 3, Botswana 0.5 + 1 million of 16.5: 10,000 x 155.25 / 272.25.
        assertThat(all.getJsonObject("concentrationByCountry").getJsonNumber("herfindahlIndex").bigDecimalValue())
                .isEqualByComparingTo("5702.48");
        assertThat(rows(am, "/api/portfolio/accounts?" + COUNTRIES)).doesNotContainKey(e);
        assertThat(rows(Api.as("exec"), "/api/portfolio/accounts?" + COUNTRIES + "&accountManager=admin").keySet())
                .containsExactly(e);
        assertThat(Api.as("bid").get("/api/portfolio?" + COUNTRIES).json().getInt("accounts")).as("no team of theirs")
                .isZero();
        assertProblem(Api.anonymous().get("/api/portfolio"), 401);
    }

    @Test
    void filtersSortingAndPaging() {
        String base = "/api/portfolio/accounts?" + COUNTRIES;
        assertThat(ids(am.get(base + "&sort=name").json())).as("Botswana, Guyana, Oman").containsExactly(c, a, b);
        assertThat(ids(am.get(base + "&sort=-backlog").json())).containsExactly(a, b, c);
        assertThat(ids(am.get(base + "&sort=receivable").json())).as("equal ones in value order").containsExactly(b, c, a);
        JsonObject page = am.get(base + "&size=2&page=1").json();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(ids(page)).containsExactly(c);
        assertThat(ids(am.get(base + "&region=LATIN_AMERICA_CARIBBEAN").json())).containsExactly(a);
        assertThat(ids(am.get(base + "&phase=PLANNING").json())).containsExactly(a);
        assertThat(ids(am.get(base + "&sector=ROAD").json())).isEmpty();
        assertThat(ids(am.get(base + "&tier=C&sector=RAIL").json())).containsExactly(a, b, c);
        assertThat(ids(am.get(base + "&classification=INDUSTRY").json())).isEmpty();
    }

    @Test
    void everyDashboardTableDownloadsAsCsv() {
        HttpResponse<byte[]> accounts = am.download("/api/portfolio/tables/accounts.csv?" + COUNTRIES, "text/csv");
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(accounts.headers().firstValue("Content-Disposition").orElseThrow()).contains("portfolio-accounts.csv");
        List<String> lines = new String(accounts.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\uFEFFid,name,country,region,riskCategory");
        assertThat(lines.get(1)).startsWith(a + ",Guyana Roads Authority").contains(",LATIN_AMERICA_CARIBBEAN,5,", ",12000000.00,");
        Map<String, String> firstRows = Map.of("countries", "GUY,1,12000000.00,USD,0.7742",
                "concentration", "account,3,1.0000,1.0000,6378.77", "exposure", "0,0,0.00,USD,0",
                "phases", "PLANNING,1", "tiers", "A,0,0.00,USD", "overdue-invoices", a + ",", "overdue-gates", "");
        firstRows.forEach((table, firstRow) -> {
            HttpResponse<byte[]> csv = am.download("/api/portfolio/tables/" + table + ".csv?" + COUNTRIES, "text/csv");
            assertThat(csv.statusCode()).as(table).isEqualTo(200);
            List<String> rows = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
            assertThat(rows.size() > 1 ? rows.get(1) : "").as(table).startsWith(firstRow);
        });
        assertThat(am.download("/api/portfolio/tables/secrets.csv", "text/csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theReportPrintsTheFiguresChartsAndTablesOfTheView() throws IOException {
        HttpResponse<byte[]> pdf = am.download("/api/portfolio/report.pdf?" + COUNTRIES, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String text = ProposalPdfApiIT.text(pdf.body());
        assertThat(text).contains("Key-client portfolio", "As of " + TODAY, "countries BWA or GUY or OMN",
                "Backlog 10,000,000.00", "Overdue receivables 1,000,000.00", "HHI by account 6378.77",
                "阿曼电力局", "Guyana Roads Authority", "Category 5", "8,500,000.00 (73.9%, 1 accounts)",
                "IPC-01", "1 BWP = 0.075 USD from " + TODAY.minusDays(100));
        HttpResponse<byte[]> refused = am.download("/api/portfolio/report.pdf?tier=Z", "application/pdf");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("\"field\":\"tier\"");
    }

    @Test
    void badViewsAreRefusedNamingTheParameter() {
        assertFieldError(am.get("/api/portfolio?colour=red"), "colour", "not_allowed");
        assertFieldError(am.get("/api/portfolio?tier=Z"), "tier", "not_allowed");
        assertFieldError(am.get("/api/portfolio?country=XXX"), "country", "invalid_country");
        assertFieldError(am.get("/api/portfolio?asOf=" + TODAY.plusDays(1)), "asOf", "in_the_future");
        assertFieldError(am.get("/api/portfolio?asOf=2026-02-30"), "asOf", "invalid_date");
        assertFieldError(am.get("/api/portfolio?currency=ISK"), "currency", "no_exchange_rate");
        assertFieldError(am.get("/api/portfolio?currency=usd"), "currency", "unknown_currency");
        assertFieldError(am.get("/api/portfolio?accountManager=nobody"), "accountManager", "unknown_reference");
        assertFieldError(am.get("/api/portfolio/accounts?sort=colour"), "sort", "not_allowed");
        assertFieldError(am.get("/api/portfolio/accounts?size=0"), "size", "out_of_range");
        assertFieldError(am.get("/api/portfolio/accounts?page=x"), "page", "out_of_range");
    }

    private static long account(Api as, String name, String country) {
        Api.Answer created = as.post("/api/accounts", """
                {"name": "%s", "country": "%s", "agencyType": "AGENCY", "sectors": ["RAIL"]}"""
                .formatted(Fixtures.uniqueName(name), country));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static String opportunities(long account) {
        return "/api/accounts/" + account + "/opportunities";
    }

    private static void won(Api as, long account, String amount, String currency) {
        Api.Answer added = as.post(opportunities(account), opportunity("Awarded contract", amount, currency, 100, "WON", null));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    /** Classifies a country, which may have no profile yet (these are not in the World Bank extract). */
    private static void classify(Api admin, String country, String region, int category) {
        Api.Answer known = admin.get("/api/countries/" + country);
        String version = known.status() == 200 ? ", \"version\": " + known.json().getInt("version") : "";
        Api.Answer classified = admin.put("/api/countries/" + country, """
                {"region": "%s", "riskCategory": %d%s}""".formatted(region, category, version));
        assertThat(classified.status()).as(classified.toString()).isIn(200, 201);
    }

    private static void invoice(Api am, String project, String number, String amount, LocalDate issuedOn, LocalDate dueOn,
                                LocalDate paidOn) {
        Api.Answer issued = am.post(project + "/invoices", """
                {"number": "%s", "kind": "PAYMENT_CERTIFICATE", "amount": {"amount": "%s", "currency": "USD"},
                 "issuedOn": "%s", "dueOn": "%s", "paidOn": %s}""".formatted(number, amount, issuedOn, dueOn,
                paidOn == null ? "null" : "\"" + paidOn + "\""));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    }

    private static String money(JsonObject figures, String name) {
        return figures.getJsonObject(name).getString("amount");
    }

    private static Map<Long, JsonObject> rows(Api as, String path) {
        Api.Answer answer = as.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(row -> row.getJsonNumber("id").longValue(), Function.identity()));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("id").longValue()).toList();
    }
}
