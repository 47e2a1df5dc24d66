package org.etradecampus.auth;

import io.micronaut.context.exceptions.ConfigurationException;
import org.etradecampus.config.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void productionRefusesToStartWithoutASecret() {
        Deployment mysql = deployment("jdbc:mysql://db:3306/campus");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> new SigningKey("", mysql));

        assertTrue(e.getMessage().contains("CAMPUS_JWT_SECRET"));
    }

    @Test
    void refusesAShortSecret() {
        assertThrows(ConfigurationException.class, () -> new SigningKey("too-short", deployment("jdbc:mysql://db/campus")));
    }

    @Test
    void usesTheConfiguredSecret() {
        String secret = "a-configured-secret-of-at-least-32-characters";

        assertEquals(secret, new SigningKey(secret, deployment("jdbc:mysql://db/campus")).secret());
    }

    @Test
    void theEmbeddedDefaultGeneratesOneKeyAndKeepsIt() {
        Deployment embedded = deployment("jdbc:h2:file:" + dataDir + "/campus");

        String first = new SigningKey("", embedded).secret();
        String second = new SigningKey(null, embedded).secret();

        assertTrue(first.length() >= SigningKey.MIN_LENGTH);
        assertEquals(first, second);
    }

    private Deployment deployment(String url) {
        return new Deployment(dataDir.toString(), url);
    }
}
