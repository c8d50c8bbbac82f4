package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the platform serves without signing in: the OpenAPI document, health, the login page. */
@ClientTest
class PlatformIT {

    @Test
    void servesTheOpenApiDocumentOfTheApi() {
        Api.Answer openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/accounts", "/api/accounts/{id}/history", "Pylon API");
    }

    @Test
    void reportsHealthWithoutSigningIn() {
        Api.Answer health = Api.anonymous().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        assertThat(health.body()).contains("database");
    }

    @Test
    void servesTheLoginPageWithoutSigningIn() {
        Api.Answer login = Api.anonymous().get("/login.html");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"username\"", "name=\"password\"");
    }
}
