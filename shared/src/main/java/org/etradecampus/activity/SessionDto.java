package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record SessionDto(String id, String activityId, String title, Instant startsAt, Instant endsAt,
                         @Nullable String location) {
}
