package io.pylon.imports;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data beside the repository ({@code ../shared/data}), found from any module's working directory. */
final class SharedData {

    private SharedData() {
    }

    static Path worldBankProjects() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared/data/world_bank_projects.json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("shared/data/world_bank_projects.json not found above " + Path.of("").toAbsolutePath());
    }
}
