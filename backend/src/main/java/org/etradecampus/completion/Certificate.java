package org.etradecampus.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** What a certificate said when it was issued (see V15); {@code organisations}: one per line. */
@MappedEntity("certificate")
record Certificate(@Id @GeneratedValue @Nullable Long id, String code, long enrolmentId, long activityId, long userId,
                   String holderName, String locale, String activityTitle, String programmeName,
                   @Nullable String organisations, LocalDate startDate, LocalDate endDate, Instant issuedAt,
                   @Nullable Instant revokedAt, @Nullable Long revokedBy, @Nullable String revocationReason) {

    /** {@code by}: who revoked it; null when the rule took the completion back. */
    Certificate revoked(@Nullable Long by, String reason, Instant now) {
        return new Certificate(id, code, enrolmentId, activityId, userId, holderName, locale, activityTitle, programmeName,
                organisations, startDate, endDate, issuedAt, now, by, reason);
    }
}
