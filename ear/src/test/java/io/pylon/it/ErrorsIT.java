package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gets a 4xx problem+json naming the problem, never a 500; the stored account stays
 * as it was; and the server keeps serving.
 */
@ClientTest
class ErrorsIT {

    private final Api am = Api.as("am");
    private JsonObject account;
    private String path;

    @BeforeEach
    void anAccount() {
        account = Fixtures.newAccount("Kisumu Lake Port Authority");
        path = "/api/accounts/" + account.getJsonNumber("id").longValue();
    }

    @AfterEach
    void storedAccountIsUnchangedAndTheServerServes() {
        Api.Answer read = am.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(account);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "{\"name\": \"Truncated", "not json at all", "[1, 2", "{\"name\" \"x\"}"})
    void malformedOrTruncatedJsonIs400(String body) {
        Api.Answer answer = am.put(path, body);
        assertProblem(answer, 400);
        assertThat(answer.json().getString("detail")).isNotBlank();
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        Api.Answer answer = am.put(path, """
                {"name": "x", "country": "KEN", "agencyType": "AGENCY", "version": "zero"}
                """);
        assertProblem(answer, 400);
        assertThat(fields(answer)).contains("version");
    }

    @Test
    void unknownEnumValuesAre400NamingTheField() {
        Api.Answer answer = am.put(path, """
                {"name": "x", "country": "KEN", "agencyType": "SPACE_AGENCY", "version": 0}
                """);
        assertProblem(answer, 400);
        assertThat(fields(answer)).contains("agencyType");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("not_allowed");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("MINISTRY");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        Api.Answer answer = am.put(path, "{}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).contains("name", "country", "agencyType", "version");

        Api.Answer empty = am.send("POST", "/api/accounts", "application/json", HttpRequest.BodyPublishers.noBody());
        assertProblem(empty, 400);
    }

    @Test
    void invalidValuesAreEachNamed() {
        Api.Answer answer = am.put(path, """
                {"name": "   ", "country": "XXX", "agencyType": "AGENCY", "version": -1, "parentAccountId": 0}
                """);
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("name", "country", "version", "parentAccountId");
    }

    @Test
    void aMegabyteStringIs400() {
        String huge = "x".repeat(1_000_000);
        Api.Answer answer = am.put(path, """
                {"name": "%s", "country": "KEN", "agencyType": "AGENCY", "version": 0}
                """.formatted(huge));
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("name");
    }

    @Test
    void aTwentyMegabyteBodyIs413() {
        byte[] body = ("{\"name\": \"" + "x".repeat(20 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.Answer answer = am.sendExpectingContinue("PUT", path, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(body));
        assertProblem(answer, 413);
    }

    @Test
    void aChunkedBodyThatGrowsTooLargeIs413() {
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = new java.util.ArrayList<>();
        chunks.add("{\"name\": \"".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 64; i++) {
            chunks.add(chunk);
        }
        Api.Answer answer = am.send("PUT", path, "application/json", HttpRequest.BodyPublishers.ofByteArrays(chunks));
        assertProblem(answer, 413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=1000000", "page=99999999", "size=abc", "sort=password",
            "country=ZZZ"})
    void badPagingAndFiltersAre400NamingTheParameter(String query) {
        Api.Answer answer = am.get("/api/accounts?" + query);
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly(query.substring(0, query.indexOf('=')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "%' --", "_", "\\", "<script>alert(1)</script>", "'; drop table account; --"})
    void metacharactersInSearchTextAreJustText(String text) {
        Api.Answer answer = Api.as("admin").get("/api/accounts?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void unknownResourcesAre404() {
        assertProblem(am.get("/api/nothing-here"), 404);
        assertProblem(am.get("/api/accounts/999999999"), 404);
    }

    @Test
    void unsupportedMethodsAre405() {
        Api.Answer answer = am.send("DELETE", path, null, HttpRequest.BodyPublishers.noBody());
        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).contains("GET");
    }

    @Test
    void bodiesThatAreNotJsonAre415() {
        Api.Answer answer = am.send("POST", "/api/accounts", "text/plain",
                HttpRequest.BodyPublishers.ofString("name=Agency"));
        assertProblem(answer, 415);
    }

    private static List<String> fields(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "at io.pylon", "org.hibernate", "SQL");
    }
}
