package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.merge.AccountReference;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicates and merging: the pairs listed and kept apart, a merge that moves everything
 * attached to the merged account, what is refused, and a re-import after a merge. The guard
 * that the merge handles every foreign key to account runs in the server: {@link AccountMergeServiceIT}.
 */
@ClientTest
class AccountMergeApiIT {

    private static final int YEAR = Year.now().getValue();

    @Test
    void mergingMovesEverythingAttachedAndKeepsARecord() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api am = Api.as("am");
        importProjects(am, suffix);
        long surviving = accountNamed("Coast Highways Board " + suffix);
        long merged = accountNamed("Coast Roads Authority " + suffix);
        long treasury = accountNamed("Coast Treasury " + suffix);

        assertThat(am.post(path(merged, "contacts"), """
                {"name": "Grace Wanjiru", "influence": "DECISION_MAKER", "relationshipStrength": 4}""").status()).isEqualTo(201);
        assertThat(am.post(path(merged, "surveys"), """
                {"surveyedOn": "%s", "quality": 4, "schedule": 3, "communication": 4, "responsiveness": 4, "value": 3,
                 "likelihoodToRecommend": 8}""".formatted(LocalDate.now().minusDays(3))).status()).isEqualTo(201);
        assertThat(am.put(path(merged, "team/bid"), "{\"teamRole\": \"BID_LEAD\"}").status()).isIn(200, 201);
        long child = childOf(am, merged, "Coast Roads Maintenance Unit " + suffix);
        am.put(path(surviving, "plans/" + YEAR), "{\"strengths\": [\"Known to the board\"]}");
        am.put(path(merged, "plans/" + YEAR), "{\"strengths\": [\"Known to the board\", \"Fast on site\"]}");
        am.post(path(merged, "plans/" + YEAR + "/objectives"), AccountPlansApiIT.objective("Win the coastal bypass", "bid",
                YEAR + "-08-31", "ON_TRACK"));
        am.put(path(merged, "plans/" + (YEAR - 1)), "{\"weaknesses\": [\"Late claims\"]}");
        assertThat(am.post(path(merged, "interactions"), InteractionsApiIT.interaction("VISIT", LocalDate.now().minusDays(2),
                "\"am\"", "", InteractionsApiIT.followUp("Send the bypass drawings", "am", LocalDate.now().plusDays(7))))
                .status()).isEqualTo(201);
        assertThat(am.post(path(merged, "opportunities"), OpportunitiesApiIT.opportunity("Coastal bypass", "1000000", "USD",
                40, "BIDDING", null)).status()).isEqualTo(201);
        assertThat(am.put(path(merged, "ratings"), """
                {"strategicSignificance": 4, "paymentBehaviour": 3, "comment": "Pays on time"}""").status()).isEqualTo(200);
        assertThat(am.put(path(merged, "tier"), """
                {"tier": "A", "reason": "Gateway to the coastal programme"}""").status()).isEqualTo(200);
        assertThat(am.post("/api/accounts/near-duplicates/kept-apart",
                "{\"first\": %d, \"second\": %d}".formatted(merged, treasury)).status()).isEqualTo(204);

        Api.Answer done = am.post(path(surviving, "merge"), "{\"from\": " + merged + "}");

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getJsonObject("merged").getString("name")).isEqualTo("Coast Roads Authority " + suffix);
        assertThat(done.json().getString("mergedBy")).isEqualTo("am");
        assertProblem(am.get("/api/accounts/" + merged), 404);
        assertThat(names(am.get(path(surviving, "contacts")).structure().asJsonArray().getValuesAs(JsonObject.class), "name"))
                .contains("Grace Wanjiru");
        assertThat(am.get(path(surviving, "surveys")).json().getJsonArray("items")).hasSize(1);
        assertThat(am.get(path(surviving, "team")).structure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(member -> member.getString("username")).containsExactly("am", "bid");
        assertThat(am.get("/api/accounts/" + child).json().getJsonObject("parent").getJsonNumber("id").longValue())
                .isEqualTo(surviving);
        JsonObject plan = am.get(path(surviving, "plans/" + YEAR)).json();
        assertThat(plan.getJsonArray("strengths").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Known to the board", "Fast on site");
        assertThat(names(plan.getJsonArray("objectives").getValuesAs(JsonObject.class), "title")).containsExactly("Win the coastal bypass");
        assertThat(am.get(path(surviving, "plans/" + (YEAR - 1))).status()).isEqualTo(200);
        List<JsonObject> projects = am.get("/api/projects?size=100&account=" + surviving).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(names(projects, "externalId")).containsExactlyInAnyOrder("PMA" + suffix, "PMB" + suffix);
        assertThat(projects).filteredOn(p -> p.getString("externalId").equals("PMB" + suffix)).singleElement()
                .satisfies(p -> assertThat(p.getJsonObject("borrower").getJsonNumber("id").longValue()).isEqualTo(surviving));

        assertThat(am.get(path(surviving, "interactions")).json().getJsonArray("items")).hasSize(1);
        assertThat(names(am.get(path(surviving, "follow-ups")).json().getJsonArray("items").getValuesAs(JsonObject.class),
                "description")).containsExactly("Send the bypass drawings");
        assertThat(names(am.get(path(surviving, "opportunities")).structure().asJsonArray().getValuesAs(JsonObject.class),
                "title")).containsExactly("Coastal bypass");
        assertThat(am.get(path(surviving, "ratings")).json().getString("comment")).isEqualTo("Pays on time");
        assertThat(am.get(path(surviving, "tier-history")).structure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("reason", "")).contains("Gateway to the coastal programme");

        List<JsonObject> history = am.get(path(surviving, "history")).structure().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject merge = history.get(history.size() - 1);
        assertThat(merge.getString("change")).isEqualTo("MERGE");
        assertThat(merge.getString("username")).isEqualTo("am");
        assertThat(merge.getJsonObject("merged").getJsonNumber("id").longValue()).isEqualTo(merged);
        assertThat(merge.getJsonObject("merged").getString("name")).isEqualTo("Coast Roads Authority " + suffix);

        // The World Bank names the merged agency still: a re-import matches the surviving account.
        JsonObject again = importProjects(am, suffix);
        assertThat(again.getJsonObject("report").getInt("accountsCreated")).isZero();
        assertThat(am.get("/api/accounts?q=" + URLEncoder.encode("Coast Roads Authority " + suffix, StandardCharsets.UTF_8))
                .json().getInt("total")).isZero();
        assertThat(names(am.get("/api/projects?size=100&account=" + surviving).json().getJsonArray("items")
                .getValuesAs(JsonObject.class), "externalId")).containsExactlyInAnyOrder("PMA" + suffix, "PMB" + suffix);
        Api.Answer recreated = am.post("/api/accounts", """
                {"name": "COAST ROADS AUTHORITY %s", "country": "KEN", "agencyType": "AGENCY"}""".formatted(suffix));
        assertProblem(recreated, 409);
    }

    @Test
    void refusesMergingIntoItselfOrAnAncestorAndByThoseWhoDoNotManageBothTeams() {
        Api am = Api.as("am");
        long one = Fixtures.newAccount("Kenya Roads Board").getJsonNumber("id").longValue();
        long other = Fixtures.newAccount("Kenya Roads Board Secretariat").getJsonNumber("id").longValue();

        Api.Answer itself = am.post(path(one, "merge"), "{\"from\": " + one + "}");
        assertProblem(itself, 400);
        assertThat(itself.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("from");
        assertThat(itself.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("same_account");
        assertProblem(am.post(path(one, "merge"), "{}"), 400);

        long part = childOf(am, one, "Kenya Roads Board Audit Unit " + UUID.randomUUID());
        Api.Answer ancestor = am.post(path(part, "merge"), "{\"from\": " + one + "}");
        assertProblem(ancestor, 409);
        assertThat(ancestor.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("own_ancestor");

        for (long account : new long[] {one, other}) {
            assertThat(am.put(path(account, "team/bid"), "{\"teamRole\": \"BID_LEAD\"}").status()).isIn(200, 201);
        }
        assertProblem(Api.as("bid").post(path(one, "merge"), "{\"from\": " + other + "}"), 403);
        assertProblem(Api.as("bid").post("/api/accounts/near-duplicates/kept-apart",
                "{\"first\": %d, \"second\": %d}".formatted(one, other)), 403);
        assertProblem(Api.as("pm").post(path(one, "merge"), "{\"from\": " + other + "}"), 404);
        assertProblem(am.post(path(one, "merge"), "{\"from\": " + Fixtures.demoAccountId("Ethiopian Roads Administration") + "}"), 404);

        assertThat(am.get("/api/accounts/" + other).status()).as("nothing merged").isEqualTo(200);
        assertThat(am.get("/api/accounts/" + part).json().getJsonObject("parent").getJsonNumber("id").longValue()).isEqualTo(one);
    }

    @Test
    void listsNearDuplicatesTheCallerReadsUntilKeptApart() {
        Api am = Api.as("am");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long works = create(am, "Ministry of Public Works " + tag, "GHA");
        long worksAndTransport = create(am, "MINISTRY OF PUBLIC WORKS AND TRANSPORT " + tag, "GHA");
        create(am, "Ministry of Public Works " + tag + " Zambia", "ZMB");

        JsonObject pair = pairOf(am, works, worksAndTransport);
        assertThat(pair).as("listed for am").isNotNull();
        assertThat(pair.getString("country")).isEqualTo("GHA");
        assertThat(pair.getJsonNumber("similarity").doubleValue()).isEqualTo(1.0);
        assertThat(pair.getBoolean("mayDecide")).isTrue();
        assertThat(pairOf(Api.as("pm"), works, worksAndTransport)).as("pm reads neither").isNull();
        assertThat(pairOf(Api.as("admin"), works, worksAndTransport)).isNotNull();

        assertThat(am.post("/api/accounts/near-duplicates/kept-apart",
                "{\"first\": %d, \"second\": %d}".formatted(worksAndTransport, works)).status()).isEqualTo(204);
        assertThat(pairOf(am, works, worksAndTransport)).as("kept apart").isNull();
        assertThat(am.post("/api/accounts/near-duplicates/kept-apart",
                "{\"first\": %d, \"second\": %d}".formatted(works, worksAndTransport)).status()).as("again").isEqualTo(204);
        assertProblem(am.post("/api/accounts/near-duplicates/kept-apart", "{\"first\": %d, \"second\": %d}".formatted(works, works)), 400);
        assertProblem(am.get("/api/accounts/near-duplicates?size=1000"), 400);
    }

    private static JsonObject importProjects(Api api, String suffix) {
        String csv = """
                id,project_name,countrycode,impagency,borrower,totalcommamt,boardapprovaldate,closingdate,status,sector1_name,sector1_percent
                PMA%1$s,Coastal Highway,KE,Coast Roads Authority %1$s,Coast Treasury %1$s,2000000,2016-05-02T00:00:00Z,,Active,Roads,100
                PMB%1$s,Coastal Bridges,KE,Coast Highways Board %1$s,Coast Roads Authority %1$s,3000000,2017-05-02T00:00:00Z,,Active,Roads,100
                """.formatted(suffix);
        JsonObject done = Fixtures.awaitImport(api, api.upload("/api/imports", "coast.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("DONE");
        assertThat(done.getJsonObject("report").getJsonArray("rejected")).isEmpty();
        return done;
    }

    private static long create(Api api, String name, String country) {
        Api.Answer created = api.post("/api/accounts", """
                {"name": "%s", "country": "%s", "agencyType": "MINISTRY"}""".formatted(name, country));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long childOf(Api api, long parent, String name) {
        Api.Answer created = api.post("/api/accounts", """
                {"name": "%s", "country": "KEN", "agencyType": "AGENCY", "parentAccountId": %d}""".formatted(name, parent));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long accountNamed(String name) {
        JsonObject found = Api.as("am").get("/api/accounts?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json();
        assertThat(found.getJsonNumber("total").longValue()).as(name).isEqualTo(1);
        return found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The listed pair of the two accounts, or null, searching every page. */
    private static JsonObject pairOf(Api api, long one, long other) {
        for (int page = 0; ; page++) {
            JsonObject answer = api.get("/api/accounts/near-duplicates?size=100&page=" + page).json();
            List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
            for (JsonObject pair : items) {
                Set<Long> ids = Set.of(pair.getJsonObject("first").getJsonNumber("id").longValue(),
                        pair.getJsonObject("second").getJsonNumber("id").longValue());
                if (ids.equals(Set.of(one, other))) {
                    return pair;
                }
            }
            if (items.isEmpty()) {
                return null;
            }
        }
    }

    private static List<String> names(List<JsonObject> items, String field) {
        return items.stream().map(item -> item.getString(field)).toList();
    }

    private static String path(long accountId, String rest) {
        return "/api/accounts/" + accountId + "/" + rest;
    }
}
