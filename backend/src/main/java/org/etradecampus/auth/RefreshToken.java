package org.etradecampus.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Only the SHA-256 of the token is kept; the token itself is shown to the client once. */
@MappedEntity("refresh_token")
record RefreshToken(@Id @GeneratedValue @Nullable Long id, long userId, String familyId, String tokenHash,
                    Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
}
