package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * {@code location} is a place or an online link. In an accelerator cohort, a session with a
 * {@code coacheeId} is a coaching session with that SME alone; its {@code coachNotes} are seen by
 * coaches and managers only.
 */
@Serdeable
public record CreateSessionRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Nullable @Size(max = 500) String location,
        @Nullable @Size(max = 20) String coacheeId,
        @Nullable @Size(max = 5000) String coachNotes) {
}
