package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The accounts API as a client uses it: create, read, search, revise, history, concurrent change. */
@ClientTest
class AccountsApiIT {

    private final Api am = Api.as("am");

    @Test
    void createsReadsAndFindsAnAccount() {
        String name = Fixtures.uniqueName("Kenya National Highways Authority");
        Api.Answer created = am.post("/api/accounts", """
                {"name": "%s", "nativeName": "肯尼亚国家公路局", "country": "KEN", "agencyType": "AUTHORITY",
                 "sectors": ["ROAD", "BRIDGE"], "classification": "REGIONAL"}
                """.formatted(name));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject account = created.json();
        long id = account.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/accounts/" + id);
        assertThat(account.getJsonNumber("version").longValue()).isZero();
        assertThat(account.getString("name")).isEqualTo(name);
        assertThat(account.getString("nativeName")).isEqualTo("肯尼亚国家公路局");
        assertThat(account.getJsonArray("sectors").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("ROAD", "BRIDGE");

        Api.Answer read = am.get("/api/accounts/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("country")).isEqualTo("KEN");
        assertThat(read.json().getString("classification")).isEqualTo("REGIONAL");
        assertThat(read.json().getString("tier")).as("new accounts start in C until the Pareto analysis").isEqualTo("C");

        Api.Answer found = am.get("/api/accounts?q=" + name.substring(name.length() - 8) + "&country=KEN");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(found.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
    }

    @Test
    void pagesThroughTheVisibleAccountsInAStableOrder() {
        Api admin = Api.as("admin");
        JsonObject first = admin.get("/api/accounts?sort=name&page=0&size=3").json();
        JsonObject second = admin.get("/api/accounts?sort=name&page=1&size=3").json();

        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(3);
        assertThat(first.getJsonArray("items")).hasSize(3);
        assertThat(first.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(10);
        List<String> names = List.of(
                first.getJsonArray("items").getJsonObject(2).getString("name"),
                second.getJsonArray("items").getJsonObject(0).getString("name"));
        assertThat(names.get(0).compareToIgnoreCase(names.get(1))).isLessThanOrEqualTo(0);

        JsonObject descending = admin.get("/api/accounts?sort=-name&size=1").json();
        JsonObject ascending = admin.get("/api/accounts?sort=name&size=1").json();
        assertThat(descending.getJsonArray("items").getJsonObject(0).getString("name"))
                .isNotEqualTo(ascending.getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void revisesWithTheVersionReadAndRefusesAStaleOne() {
        JsonObject account = Fixtures.newAccount("Mombasa Water Board");
        long id = account.getJsonNumber("id").longValue();
        String renamed = Fixtures.uniqueName("Coast Water Works Development Agency");

        Api.Answer revised = am.put("/api/accounts/" + id, Fixtures.revision(account, renamed));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(revised.json().getString("name")).isEqualTo(renamed);

        Api.Answer stale = am.put("/api/accounts/" + id, Fixtures.revision(account, "Lost Update Agency"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
        assertThat(am.get("/api/accounts/" + id).json().getString("name")).isEqualTo(renamed);
    }

    @Test
    void refusesASecondAccountOfTheSameNameInTheSameCountry() {
        JsonObject account = Fixtures.newAccount("Nairobi Metropolitan Services");
        String sameNameOtherSpelling = "  " + account.getString("name").toUpperCase().replace(" ", "   ") + " ";

        Api.Answer duplicate = am.post("/api/accounts", """
                {"name": "%s", "country": "KEN", "agencyType": "AGENCY"}
                """.formatted(sameNameOtherSpelling));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");

        Api.Answer otherCountry = am.post("/api/accounts", """
                {"name": "%s", "country": "UGA", "agencyType": "AGENCY"}
                """.formatted(account.getString("name")));
        assertThat(otherCountry.status()).as(otherCountry.toString()).isEqualTo(201);

        JsonObject another = Fixtures.newAccount("Nairobi City Water and Sewerage Company");
        String anotherPath = "/api/accounts/" + another.getJsonNumber("id").longValue();
        Api.Answer renamedOntoIt = am.put(anotherPath, Fixtures.revision(another, sameNameOtherSpelling));
        assertThat(renamedOntoIt.status()).as(renamedOntoIt.toString()).isEqualTo(409);
        assertThat(renamedOntoIt.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(am.get(anotherPath).json()).isEqualTo(another);
    }

    @Test
    void ofTwoConcurrentUpdatesExactlyOneWins() throws Exception {
        JsonObject account = Fixtures.newAccount("Lamu Port Authority");
        long id = account.getJsonNumber("id").longValue();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Api.Answer>> updates = List.of("First Writer Agency", "Second Writer Agency").stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return am.put("/api/accounts/" + id, Fixtures.revision(account, Fixtures.uniqueName(name)));
                    }, pool))
                    .toList();
            start.countDown();
            List<Integer> statuses = updates.stream().map(CompletableFuture::join).map(Api.Answer::status).sorted().toList();

            assertThat(statuses).containsExactly(200, 409);
            assertThat(am.get("/api/accounts/" + id).json().getJsonNumber("version").longValue()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsTheHistoryOfChangesWithWhoMadeThem() {
        JsonObject account = Fixtures.newAccount("Kenya Rural Roads Authority");
        long id = account.getJsonNumber("id").longValue();
        Api.as("am").put("/api/accounts/" + id, Fixtures.revision(account, Fixtures.uniqueName("KeRRA")));

        Api.Answer history = Api.as("am").get("/api/accounts/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        var changes = history.structure().asJsonArray();
        assertThat(changes).hasSize(2);
        assertThat(changes.getJsonObject(0).getString("change")).isEqualTo("ADD");
        assertThat(changes.getJsonObject(1).getString("change")).isEqualTo("MOD");
        assertThat(changes.getJsonObject(1).getString("username")).isEqualTo("am");
        assertThat(changes.getJsonObject(1).getJsonObject("state").getString("name")).startsWith("KeRRA");
        assertThat(changes.getJsonObject(0).getJsonObject("state").getString("name"))
                .isEqualTo(account.getString("name"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
