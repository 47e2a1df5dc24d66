package org.etradecampus.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("app_user")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String passwordHash,
        String displayName,
        String locale,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    public String publicId() {
        return Long.toString(id);
    }

    public User withEnabled(boolean value, Instant now) {
        return new User(id, email, passwordHash, displayName, locale, value, createdAt, now);
    }

    public User withSettings(String newDisplayName, String newLocale, Instant now) {
        return new User(id, email, passwordHash, newDisplayName, newLocale, enabled, createdAt, now);
    }
}
