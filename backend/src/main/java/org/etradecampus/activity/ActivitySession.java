package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("activity_session")
record ActivitySession(@Id @GeneratedValue @Nullable Long id, long activityId, String title, Instant startsAt,
                       Instant endsAt, @Nullable String location) {

    SessionDto toDto() {
        return new SessionDto(Long.toString(id), Long.toString(activityId), title, startsAt, endsAt, location);
    }
}
