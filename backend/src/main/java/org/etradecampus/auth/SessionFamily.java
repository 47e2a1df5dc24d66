package org.etradecampus.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One sign-in and all the refresh tokens rotated from it; access tokens name it in their {@code sid} claim. */
@MappedEntity("session_family")
record SessionFamily(@Id String familyId, long userId, Instant createdAt, @Nullable Instant revokedAt) {
}
