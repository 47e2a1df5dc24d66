package org.etradecampus.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.etradecampus.account.Role;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.config.Deployment;
import org.etradecampus.config.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Creates the first administrator at start-up when none exists: from CAMPUS_ADMIN_EMAIL and
 * CAMPUS_ADMIN_PASSWORD, or, on the embedded default only, with a generated password written to the
 * data directory. Production never gets a default password. Then says where to sign in.
 */
@Singleton
class FirstAdministrator implements ApplicationEventListener<ServerStartupEvent> {

    static final String EMBEDDED_EMAIL = "admin@localhost.localdomain";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final Deployment deployment;
    private final String email;
    private final String password;

    FirstAdministrator(UserService users, Deployment deployment,
                       @Value("${campus.admin.email:}") String email,
                       @Value("${campus.admin.password:}") String password) {
        this.users = users;
        this.deployment = deployment;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String url = "http://localhost:" + event.getSource().getPort() + "/";
        if (users.anyAdministrator()) {
            LOG.info("eTrade Campus is running at {}", url);
            return;
        }
        if (!email.isBlank() && !password.isBlank()) {
            create(email, password);
            LOG.info("eTrade Campus is running at {} - sign in as {} with the password in CAMPUS_ADMIN_PASSWORD",
                    url, email);
        } else if (deployment.embedded()) {
            String generated = Secrets.randomToken(18);
            Path file = deployment.dataDirectory().resolve("initial-admin.txt");
            create(EMBEDDED_EMAIL, generated);
            try {
                Secrets.writePrivate(file, "e-mail: " + EMBEDDED_EMAIL + "\npassword: " + generated + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LOG.info("eTrade Campus is running at {} - sign in as {} with password {} (also kept in {}; "
                    + "change it on the profile page, or set CAMPUS_ADMIN_EMAIL and CAMPUS_ADMIN_PASSWORD before the "
                    + "first start)", url, EMBEDDED_EMAIL, generated, file);
        } else {
            LOG.warn("eTrade Campus is running at {} but has no administrator: set CAMPUS_ADMIN_EMAIL and "
                    + "CAMPUS_ADMIN_PASSWORD and restart", url);
        }
    }

    private void create(String adminEmail, String adminPassword) {
        try {
            users.create(adminEmail, adminPassword, "Administrator", "en", Set.of(Role.ADMIN));
        } catch (ConflictException alreadyThere) {
            // Another instance created it first, or the account exists without the role: leave it to a human.
            LOG.info("The first administrator {} already exists", adminEmail);
        } catch (ValidationException weak) {
            throw new ConfigurationException("CAMPUS_ADMIN_PASSWORD is refused: " + weak.getMessage());
        }
    }
}
