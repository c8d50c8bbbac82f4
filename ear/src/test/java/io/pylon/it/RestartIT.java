package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Data outlives the server: an account created before a restart of the domain is there after it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.pylonEar();
    }

    @Test
    void accountsSurviveARestartOfTheServer() throws Exception {
        JsonObject account = Fixtures.newAccount("Kenya Ports Authority");
        String path = "/api/accounts/" + account.getJsonNumber("id").longValue();

        restartDomain();

        Api.Answer afterRestart = awaitAnswer(path, Duration.ofMinutes(3));
        assertThat(afterRestart.status()).isEqualTo(200);
        assertThat(afterRestart.json()).isEqualTo(account);
    }

    private static void restartDomain() throws IOException, InterruptedException {
        Path asadmin = Path.of(System.getProperty("pylon.payara.home"), "bin", "asadmin");
        Process restart = new ProcessBuilder(asadmin.toString(), "restart-domain",
                "--domaindir", System.getProperty("pylon.domains.dir"), System.getProperty("pylon.domain"))
                .inheritIO()
                .start();
        assertThat(restart.waitFor()).as("asadmin restart-domain").isZero();
    }

    /** Asks until the application answers again: it redeploys while the domain starts. */
    private static Api.Answer awaitAnswer(String path, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                Api.Answer answer = Api.as("am").get(path);
                if (answer.status() == 200 || Instant.now().isAfter(deadline)) {
                    return answer;
                }
            } catch (IllegalStateException notYetListening) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYetListening;
                }
            }
            Thread.sleep(1000);
        }
    }
}
