package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A session; for a coaching session, the SME it is held with ({@code coacheeId}, {@code coacheeName})
 * and the coach's notes, which only the activity's coaches and managers receive.
 */
@Serdeable
public record SessionDto(String id, String activityId, String title, Instant startsAt, Instant endsAt,
                         @Nullable String location, @Nullable String coacheeId, @Nullable String coacheeName,
                         @Nullable String coachNotes) {
}
