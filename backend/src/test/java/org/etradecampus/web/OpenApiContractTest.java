package org.etradecampus.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SPA's TypeScript types are generated from frontend/openapi/etrade-campus.yml, a copy of the
 * description the backend generates from the shared contract. This fails when the two differ, so
 * a change to the API cannot reach the SPA unnoticed. Refresh the copy with
 * {@code ./mvnw -pl backend -am test -Dtest=OpenApiContractTest -Dopenapi.update=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class OpenApiContractTest {

    private static final String GENERATED = "/META-INF/swagger/etrade-campus-0.1.yml";
    private static final Path COPY = Path.of("..", "frontend", "openapi", "etrade-campus.yml");

    @Test
    void theSpaUsesTheApiDescriptionTheBackendGenerates() throws IOException {
        String generated;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(GENERATED), GENERATED)) {
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COPY, generated);
        }
        String copy = Files.exists(COPY) ? Files.readString(COPY) : "";

        assertEquals(generated, copy, "frontend/openapi/etrade-campus.yml is out of date; see this test's comment");
    }
}
