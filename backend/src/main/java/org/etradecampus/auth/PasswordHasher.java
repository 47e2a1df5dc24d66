package org.etradecampus.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane), stored in PHC string
 * form so the parameters can be raised later without invalidating existing hashes.
 */
@Singleton
public class PasswordHasher {

    /** Stored for accounts created for someone (an import) until she sets her password: nothing matches it. */
    public static final String NO_PASSWORD = "!no-password-yet";

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** Checked when the account does not exist, so timing does not reveal which e-mails are registered. */
    private final String decoy = hash("decoy-password-for-equal-timing");

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    /** False for an account that has no password yet (an invited one: see {@link #NO_PASSWORD}). */
    public boolean matches(String password, String storedHash) {
        if (!storedHash.startsWith("$argon2")) {
            spendEqualTime(password);
            return false;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    public void spendEqualTime(String password) {
        matches(password, decoy);
    }
}
