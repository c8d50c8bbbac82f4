package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may call what: sign-in, sessions, CSRF, roles, and account-team membership. */
@ClientTest
class SecurityIT {

    @Test
    void theApiRequiresSigningIn() {
        Api.Answer anonymous = Api.anonymous().get("/api/accounts");
        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

        Instant before = Instant.now();
        Api.Answer wrongPassword = Api.as("am", "not-the-password").get("/api/accounts");
        assertProblem(wrongPassword, 401);
        assertThat(Duration.between(before, Instant.now())).as("delay after a failed login")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));

        assertProblem(Api.as("nobody").get("/api/accounts"), 401);
    }

    @Test
    void basicClientsGetNoSession() {
        Api.Answer answer = Api.as("am").get("/api/accounts");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    @Test
    void browsersSignInWithTheFormAndGetAHardenedSessionCookie() {
        Browser browser = new Browser();
        Instant before = Instant.now();
        HttpResponse<String> failed = browser.login("am", "wrong");
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("/login.html?failed");
        assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        HttpResponse<String> signedIn = browser.login("am", Api.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String cookie = Browser.setCookies(signedIn).stream().filter(c -> c.startsWith("PYLON_SESSION=")).findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String firstSession = browser.sessionId();

        HttpResponse<String> session = browser.get("/api/session");
        assertThat(session.statusCode()).isEqualTo(200);
        JsonObject me = json(session);
        assertThat(me.getString("username")).isEqualTo("am");
        assertThat(me.getString("displayName")).isEqualTo("Amir Account-Manager");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("ACCOUNT_MANAGER");
        assertThat(me.getString("csrfToken")).hasSizeGreaterThan(20);

        browser.login("am", Api.DEMO_PASSWORD);
        assertThat(browser.sessionId()).as("a new session id on every login").isNotEqualTo(firstSession);

        HttpResponse<String> signedOut = browser.get("/logout");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void sessionCallersMustSendTheCsrfTokenWithChanges() {
        Browser browser = new Browser();
        browser.login("am", Api.DEMO_PASSWORD);
        String token = json(browser.get("/api/session")).getString("csrfToken");
        String body = """
                {"name": "%s", "country": "KEN", "agencyType": "AGENCY"}
                """.formatted(Fixtures.uniqueName("Forged Request Agency"));

        HttpResponse<String> forged = browser.post("/api/accounts", body, null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(browser.post("/api/accounts", body, "wrong-token").statusCode()).isEqualTo(403);

        HttpResponse<String> genuine = browser.post("/api/accounts", body, token);
        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(201);
    }

    @Test
    void usersOutsideAnAccountsTeamGet404ForIt() {
        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        String path = "/api/accounts/" + ethiopianRoads;

        assertProblem(Api.as("am").get(path), 404);
        assertProblem(Api.as("am").get(path + "/history"), 404);
        assertProblem(Api.as("am").put(path, """
                {"name": "Taken Over", "country": "ETH", "agencyType": "AGENCY", "version": 0}
                """), 404);
        assertThat(Api.as("pm").get(path).status()).isEqualTo(200);
        assertThat(Api.as("exec").get(path).status()).isEqualTo(200);
        assertThat(Api.as("admin").get(path).status()).isEqualTo(200);

        assertThat(Api.as("am").get("/api/accounts?q=Kenya%20Railways%20Corporation").json().getInt("total")).isEqualTo(1);
        for (String hidden : new String[] {"Ethiopian%20Roads%20Administration", "Corridors%20of%20Serbia"}) {
            assertThat(Api.as("am").get("/api/accounts?q=" + hidden).json().getInt("total")).as(hidden).isZero();
            assertThat(Api.as("exec").get("/api/accounts?q=" + hidden).json().getInt("total")).as(hidden).isEqualTo(1);
        }
    }

    @Test
    void viewersReadTheirAccountsButNeverWrite() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        Api viewer = Api.as("viewer");
        Api.Answer read = viewer.get("/api/accounts/" + kenyaRailways);
        assertThat(read.status()).isEqualTo(200);

        assertProblem(viewer.put("/api/accounts/" + kenyaRailways, Fixtures.revision(read.json(), "Renamed")), 403);
        assertProblem(viewer.post("/api/accounts", """
                {"name": "Viewer Agency", "country": "KEN", "agencyType": "AGENCY"}
                """), 403);
        assertThat(Api.as("admin").get("/api/accounts/" + kenyaRailways).json()).isEqualTo(read.json());
    }

    @Test
    void onlyAccountManagersAndAdministratorsCreateAccounts() {
        for (String user : new String[] {"bid", "pm", "exec", "viewer"}) {
            assertProblem(Api.as(user).post("/api/accounts", """
                    {"name": "%s", "country": "KEN", "agencyType": "AGENCY"}
                    """.formatted(Fixtures.uniqueName("Refused Agency"))), 403);
        }
        assertThat(Api.as("admin").post("/api/accounts", """
                {"name": "%s", "country": "KEN", "agencyType": "AGENCY"}
                """.formatted(Fixtures.uniqueName("Admin Agency"))).status()).isEqualTo(201);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
