package org.etradecampus.auth;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import org.etradecampus.config.Deployment;
import org.etradecampus.config.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key that signs access tokens, shared by every instance. Production must set
 * CAMPUS_JWT_SECRET; the embedded default generates one into its data directory. Created eagerly
 * so a misconfigured production instance refuses to start rather than failing on first sign-in.
 */
@Context
public class SigningKey {

    static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);

    private final String secret;

    SigningKey(@Value("${campus.jwt-secret:}") String configured, Deployment deployment) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new ConfigurationException("CAMPUS_JWT_SECRET must be at least " + MIN_LENGTH + " characters");
            }
            this.secret = configured;
        } else if (deployment.embedded()) {
            this.secret = Secrets.readOrCreate(deployment.dataDirectory().resolve("jwt-secret"), 48);
            LOG.info("Signing tokens with the key kept in {}", deployment.dataDirectory().resolve("jwt-secret"));
        } else {
            throw new ConfigurationException("CAMPUS_JWT_SECRET is not set. In production (any database other "
                    + "than the embedded H2) the token signing key must come from the environment: "
                    + "at least " + MIN_LENGTH + " random characters, the same on every instance.");
        }
    }

    String secret() {
        return secret;
    }
}
