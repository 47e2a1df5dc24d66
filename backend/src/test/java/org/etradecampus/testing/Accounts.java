package org.etradecampus.testing;

import org.etradecampus.account.Role;
import org.etradecampus.auth.RegisterRequest;
import org.etradecampus.user.CreateUserRequest;

import java.util.Set;
import java.util.UUID;

/** Test accounts with unique e-mails, so tests never collide on a shared database. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery staple 42";
    public static final String ADMIN_EMAIL = "admin@tests.example.org";
    public static final String ADMIN_PASSWORD = "integration tests administrator passphrase";

    private String email = uniqueEmail("participant");
    private String password = PASSWORD;
    private String displayName = "Amina Diallo";
    private String locale = "en";

    private Accounts() {
    }

    public static Accounts aParticipant() {
        return new Accounts();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    public Accounts withEmail(String value) {
        this.email = value;
        return this;
    }

    public Accounts withPassword(String value) {
        this.password = value;
        return this;
    }

    public Accounts speaking(String value) {
        this.locale = value;
        return this;
    }

    public String email() {
        return email;
    }

    public String password() {
        return password;
    }

    public RegisterRequest registration() {
        return new RegisterRequest(email, password, displayName, locale);
    }

    public CreateUserRequest staff(Role... roles) {
        return new CreateUserRequest(email, password, "Staff " + displayName, Set.of(roles), locale);
    }
}
