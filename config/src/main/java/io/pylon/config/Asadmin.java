package io.pylon.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs Payara's {@code asadmin}, echoing what it prints, and fails loudly when a command fails. */
final class Asadmin {

    private final Path executable;
    private final Map<String, String> environment;

    Asadmin(Path payaraHome, Map<String, String> environment) {
        boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
        this.executable = payaraHome.resolve("bin").resolve(windows ? "asadmin.bat" : "asadmin");
        this.environment = environment;
    }

    /**
     * Runs one command, or a command file through {@code multimode}. multimode exits with 0
     * even when a command in the file failed, so its output is read for failures too.
     */
    void run(String... arguments) {
        Result result = execute(arguments);
        if (result.exitCode() != 0 || result.output().stream().anyMatch(line -> line.matches("Command .* failed\\."))) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed");
        }
    }

    /** Runs a command whose failure is expected at times, such as stopping a domain that is not running. */
    int exitCodeOf(String... arguments) {
        return execute(arguments).exitCode();
    }

    private record Result(int exitCode, List<String> output) {
    }

    private Result execute(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            List<String> output = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    System.out.println(line);
                    output.add(line);
                }
            }
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running asadmin", e);
        }
    }
}
