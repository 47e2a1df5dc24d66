package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.account.Gender;

import java.time.Instant;

/** One line of an activity's enrolment list, as its managers see it. */
@Serdeable
public record RosterEntryDto(String enrolmentId, String userId, String displayName, String email,
                             @Nullable String countryCode, @Nullable Gender gender, EnrolmentStatus status,
                             @Nullable Integer waitlistPosition, Instant enrolledAt) {
}
