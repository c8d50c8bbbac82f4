package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The portfolio load benchmark's script (docs/benchmarks/load.sh with portfolio-paths.sh) run for a second per
 * endpoint against the test server, so that it cannot rot: every endpoint answers, and none with an error. Without
 * wrk it is skipped, as the browser tests are without Chromium; CI installs it.
 */
@ClientTest
class PortfolioBenchmarkIT {

    private static final List<String> ENDPOINTS = List.of("summary", "accounts-page", "overdue", "summary-filtered",
            "summary-last-quarter", "am-summary");

    @Test
    void theLoadScriptDrivesEveryPortfolioEndpointWithoutAnError() throws IOException, InterruptedException {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v wrk").start().waitFor() == 0,
                "wrk is not installed (Debian: apt-get install wrk): the load script is not run");
        Path script = Path.of("..", "docs", "benchmarks", "load.sh").toAbsolutePath().normalize();
        ProcessBuilder load = new ProcessBuilder("bash", script.toString(), "portfolio",
                Api.base().toString().replaceFirst("/$", "")).redirectErrorStream(true);
        load.environment().put("DURATION", "1s");
        load.environment().put("USERS", "1 2");
        Process run = load.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(run.exitValue()).as(output).isZero();
        for (String endpoint : ENDPOINTS) {
            assertThat(output.lines().filter(line -> line.startsWith(endpoint + " ")))
                    .as(output).hasSize(2)
                    .allSatisfy(line -> assertThat(line).matches(".*requests=[1-9]\\d* errors=0 .*"));
        }
    }
}
