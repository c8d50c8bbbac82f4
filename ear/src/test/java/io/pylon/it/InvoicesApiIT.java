package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A project's invoices and payment certificates through REST, and the countries' classification. */
@ClientTest
class InvoicesApiIT {

    private final Api am = Api.as("am");
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private static String invoice(String number, Object issuedOn, Object dueOn, Object paidOn) {
        return """
                {"number": "%s", "kind": "PAYMENT_CERTIFICATE", "amount": {"amount": "1250000.00", "currency": "USD"},
                 "issuedOn": %s, "dueOn": %s, "paidOn": %s}""".formatted(number, quoted(issuedOn), quoted(dueOn),
                quoted(paidOn));
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void anInvoiceIsIssuedPaidLateAndItsPaymentTakenBack() {
        String invoices = "/api/projects/" + Fixtures.newProject("Kenya Railways Invoices", "Nairobi commuter rail", "EPC")
                .getJsonNumber("id") + "/invoices";
        Api.Answer issued = am.post(invoices, invoice("IPC-01", today.minusDays(60), today.minusDays(30), null));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonObject ipc = issued.json();
        assertThat(issued.header("Location")).endsWith(invoices + "/" + ipc.getJsonNumber("id"));
        assertThat(ipc.getBoolean("receivable")).isTrue();
        assertThat(ipc.getInt("daysOverdue")).isEqualTo(30);
        assertThat(ipc.getJsonObject("amount").getString("amount")).isEqualTo("1250000.00");
        assertThat(ipc.getString("recordedBy")).isEqualTo("am");

        String payment = invoices + "/" + ipc.getJsonNumber("id") + "/payment";
        Api.Answer paid = am.put(payment, "{\"paidOn\": \"%s\", \"version\": %d}".formatted(today.minusDays(5),
                ipc.getInt("version")));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().getBoolean("receivable")).isFalse();
        assertThat(paid.json().getInt("daysOverdue")).isZero();
        assertProblem(am.put(payment, "{\"paidOn\": null, \"version\": %d}".formatted(ipc.getInt("version"))), 409);
        JsonObject reopened = am.put(payment, "{\"paidOn\": null, \"version\": %d}".formatted(
                paid.json().getInt("version"))).json();
        assertThat(reopened.containsKey("paidOn")).isFalse();
        assertThat(reopened.getBoolean("receivable")).isTrue();

        am.post(invoices, invoice("INV-02", today, today.plusDays(45), null));
        assertThat(am.get(invoices).structure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("number")).containsExactly("IPC-01", "INV-02");
        assertThat(am.delete(invoices + "/" + reopened.getJsonNumber("id") + "?version=" + reopened.getInt("version"))
                .status()).isEqualTo(204);
        assertThat(am.get(invoices).structure().asJsonArray()).hasSize(1);
    }

    @Test
    void badInvoicesAreRefusedFieldByFieldAndNothingIsStored() {
        String invoices = "/api/projects/" + Fixtures.newProject("Kenya Railways Bad Invoices", "Naivasha spur", "EPC")
                .getJsonNumber("id") + "/invoices";
        assertFieldError(am.post(invoices, invoice("IPC-01", today.plusDays(1), today.plusDays(30), null)),
                "issuedOn", "in_the_future");
        assertFieldError(am.post(invoices, invoice("IPC-01", today, today.minusDays(1), null)), "dueOn", "out_of_range");
        assertFieldError(am.post(invoices, invoice("IPC-01", today.minusDays(9), today, today.minusDays(10))),
                "paidOn", "out_of_range");
        assertFieldError(am.post(invoices, invoice("IPC-01", "2026-02-30", today, null)), "issuedOn", "invalid_date");
        Api.Answer noAmount = am.post(invoices, """
                {"number": " ", "kind": "RECEIPT", "amount": {"amount": "-1", "currency": "XYZ"}}""");
        for (String field : new String[] {"number", "kind", "amount.amount", "amount.currency", "issuedOn", "dueOn"}) {
            assertThat(noAmount.body()).as(field).contains("\"field\":\"" + field + "\"");
        }
        assertThat(am.get(invoices).structure().asJsonArray()).isEmpty();

        am.post(invoices, invoice("IPC-01", today, today, null));
        assertProblem(am.post(invoices, invoice("IPC-01", today, today, null)), 409);
        assertThat(am.get(invoices).structure().asJsonArray()).hasSize(1);
    }

    @Test
    void onlyTheOwnerAccountsWritersBillAndOutsidersDoNotSeeTheInvoices() {
        String invoices = "/api/projects/" + Fixtures.newProject("Kenya Railways Billing Rights", "Thika line", "EPC")
                .getJsonNumber("id") + "/invoices";
        String ipc = invoice("IPC-01", today, today.plusDays(30), null);
        assertProblem(Api.as("bid").get(invoices), 404);
        assertProblem(Api.as("bid").post(invoices, ipc), 404);
        assertProblem(Api.anonymous().get(invoices), 401);
        assertThat(Api.as("exec").get(invoices).status()).isEqualTo(200);
        assertThat(Api.as("exec").post(invoices, ipc).status()).as("executives review every project").isEqualTo(201);
    }

    @Test
    void administratorsClassifyCountriesAndEveryoneReadsThem() {
        JsonObject kenya = Api.as("viewer").get("/api/countries/KEN").json();
        assertThat(kenya.getString("region")).as("seeded from the World Bank extract").isEqualTo("AFRICA");

        Api admin = Api.as("admin");
        Api.Answer rated = admin.put("/api/countries/KEN", "{\"region\": \"AFRICA\", \"riskCategory\": 6, \"version\": %d}"
                .formatted(kenya.getInt("version")));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
        assertThat(rated.json().getInt("riskCategory")).isEqualTo(6);
        assertThat(rated.json().getString("changedBy")).isEqualTo("admin");
        assertProblem(admin.put("/api/countries/KEN", "{\"region\": \"AFRICA\", \"riskCategory\": 5, \"version\": %d}"
                .formatted(kenya.getInt("version"))), 409);

        Api.Answer canada = admin.put("/api/countries/CAN", "{\"region\": \"NORTH_AMERICA\", \"riskCategory\": 0}");
        assertThat(canada.status()).as(canada.toString()).isIn(200, 201);
        assertThat(Api.as("am").get("/api/countries").structure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("country")).contains("CAN", "KEN", "IDN");

        assertProblem(Api.as("exec").put("/api/countries/CAN", "{\"region\": \"NORTH_AMERICA\"}"), 403);
        assertFieldError(admin.put("/api/countries/CAN", "{\"region\": \"ATLANTIS\", \"riskCategory\": 8}"),
                "riskCategory", "out_of_range");
        assertFieldError(admin.put("/api/countries/CAN", "{\"region\": \"ATLANTIS\"}"), "region", "not_allowed");
        assertFieldError(admin.put("/api/countries/ZZZ", "{\"region\": \"AFRICA\"}"), "country", "invalid_country");
        assertProblem(admin.get("/api/countries/ATA"), 404);
    }
}
