package io.pylon.it;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Payara domain that the build starts before the system tests (ear/pom.xml), driven with its
 * own {@code asadmin}: Pylon deployed on it once for all client tests, and the domain restarted.
 */
final class TestDomain {

    private static final String APPLICATION = "pylon";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestDomain() {
    }

    /** Deploys the EAR the build made, unless Pylon already answers. */
    static void deployPylon() {
        if (!pylonAnswers()) {
            asadmin("--port", adminPort(), "deploy", "--name", APPLICATION, "--force", "true",
                    System.getProperty("pylon.ear"));
            awaitPylon(Duration.ofMinutes(3));
        }
    }

    static void restart() {
        asadmin("restart-domain", "--domaindir", System.getProperty("pylon.domains.dir"),
                System.getProperty("pylon.domain"));
    }

    /** Asks until Pylon's health check answers: after a deployment or a restart, it starts in the background. */
    static void awaitPylon(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!pylonAnswers()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Pylon did not answer on " + Api.base() + " within " + patience);
            }
            sleepOneSecond();
        }
    }

    private static boolean pylonAnswers() {
        HttpRequest health = HttpRequest.newBuilder(Api.base().resolve("health")).timeout(Duration.ofSeconds(30)).build();
        try {
            return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminPort() {
        return System.getProperty("pylon.test.admin.port", "28048");
    }

    private static void asadmin(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("pylon.payara.home"), "bin", "asadmin").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepOneSecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
