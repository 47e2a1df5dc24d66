package org.etradecampus.auth;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.etradecampus.common.Exceptions.ValidationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * NIST SP 800-63B / OWASP: length 8 to 128, no composition rules, and never one of the commonest
 * passwords (reference/common-passwords.txt, 20,000 entries) or the account's own e-mail.
 */
@Singleton
public class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final Set<String> common = load("/reference/common-passwords.txt");

    public void check(String field, String password, @Nullable String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new ValidationException(field, "must be at least " + MIN_LENGTH + " characters",
                    "validation.password-too-short");
        }
        if (length > MAX_LENGTH) {
            throw new ValidationException(field, "must be at most " + MAX_LENGTH + " characters",
                    "validation.password-too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
                || lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0])))) {
            throw new ValidationException(field, "is too common or too easy to guess; choose another",
                    "validation.password-common");
        }
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>();
            reader.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
