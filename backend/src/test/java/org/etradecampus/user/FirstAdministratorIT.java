package org.etradecampus.user;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.etradecampus.account.Role;
import org.etradecampus.auth.TokenResponse;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up on a fresh embedded database, as a newcomer runs it. */
class FirstAdministratorIT {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDefaultCreatesAnAdministratorWithAGeneratedPassword() throws Exception {
        try (EmbeddedServer server = start(Map.of("campus.admin.email", "", "campus.admin.password", "", "campus.jwt-secret", ""))) {
            Path credentials = dataDir.resolve("initial-admin.txt");
            String password = Files.readAllLines(credentials).get(1).replace("password: ", "");

            TokenResponse tokens = api(server).login(FirstAdministrator.EMBEDDED_EMAIL, password);

            assertEquals(Set.of(Role.ADMIN), tokens.roles());
            assertTrue(Files.exists(dataDir.resolve("jwt-secret")), "the generated signing key is kept for the next start");
        }
    }

    @Test
    void theAdministratorComesFromTheEnvironmentWhenGiven() {
        String email = Accounts.uniqueEmail("first-admin");
        try (EmbeddedServer server = start(Map.of("campus.admin.email", email, "campus.admin.password", "the chosen admin passphrase"))) {
            assertEquals(Set.of(Role.ADMIN), api(server).login(email, "the chosen admin passphrase").roles());
            assertTrue(Files.notExists(dataDir.resolve("initial-admin.txt")));
        }
    }

    private EmbeddedServer start(Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put("datasources.default.url", "jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        all.put("campus.data-dir", dataDir.toString());
        return ApplicationContext.run(EmbeddedServer.class, all, "test");
    }

    private static Api api(EmbeddedServer server) {
        HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        return new Api(client, server.getApplicationContext().getBean(JsonMapper.class));
    }
}
