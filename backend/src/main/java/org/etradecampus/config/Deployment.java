package org.etradecampus.config;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the platform runs: the embedded default (H2 in its data directory, for a laptop) or
 * production (any other database). Production never falls back to generated secrets or passwords.
 */
@Singleton
public class Deployment {

    private final Path dataDirectory;
    private final boolean embedded;

    public Deployment(@Value("${campus.data-dir}") String dataDirectory, @Value("${datasources.default.url}") String jdbcUrl) {
        this.dataDirectory = Path.of(dataDirectory).toAbsolutePath().normalize();
        this.embedded = jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean embedded() {
        return embedded;
    }

    /** The data directory, created on first use. */
    public Path dataDirectory() {
        try {
            return Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory
                    + " (set CAMPUS_DATA_DIR to a writable directory)", e);
        }
    }
}
