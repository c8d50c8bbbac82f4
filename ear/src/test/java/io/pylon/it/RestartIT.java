package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Data outlives the server: an account created before a restart of the domain is there after it. */
@ClientTest
class RestartIT {

    @Test
    void accountsSurviveARestartOfTheServer() {
        JsonObject account = Fixtures.newAccount("Kenya Ports Authority");
        String path = "/api/accounts/" + account.getJsonNumber("id").longValue();

        TestDomain.restart();
        TestDomain.awaitPylon(Duration.ofMinutes(3));

        Api.Answer afterRestart = Api.as("am").get(path);
        assertThat(afterRestart.status()).isEqualTo(200);
        assertThat(afterRestart.json()).isEqualTo(account);
    }
}
