package org.etradecampus.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("sign_in_throttle")
record ThrottleEntry(@Id String throttleKey, int failures, Instant windowStart, @Nullable Instant blockedUntil) {
}
