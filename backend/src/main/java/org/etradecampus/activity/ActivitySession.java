package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("activity_session")
record ActivitySession(@Id @GeneratedValue @Nullable Long id, long activityId, String title, Instant startsAt,
                       Instant endsAt, @Nullable String location, @Nullable Long coacheeUserId, @Nullable String coachNotes) {

    /** The session as its reader may see it: a coaching session's notes only for its coaches and managers. */
    SessionDto toDto(@Nullable String coacheeName, boolean coach) {
        return new SessionDto(Long.toString(id), Long.toString(activityId), title, startsAt, endsAt, location,
                coacheeUserId == null ? null : coacheeUserId.toString(), coacheeName, coach ? coachNotes : null);
    }
}
