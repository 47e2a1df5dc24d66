package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code answers}: JSON by question key. The score columns follow the reviews (see V10). */
@MappedEntity("application")
record Application(@Id @GeneratedValue @Nullable Long id, long activityId, long userId, ApplicationStatus status,
                   String answers, @Nullable String screeningReason, @Nullable String countryCode,
                   @Nullable String gender, int reviewCount, @Nullable Double meanScore, @Nullable Double scoreSpread,
                   @Nullable Instant submittedAt, @Nullable Long decidedBy, @Nullable Instant decidedAt,
                   Instant createdAt, Instant updatedAt) {

    static Application draft(long activityId, long userId, String answers, Instant now) {
        return new Application(null, activityId, userId, ApplicationStatus.DRAFT, answers, null, null, null, 0, null, null,
                null, null, null, now, now);
    }

    Application withAnswers(String newAnswers, Instant now) {
        return new Application(id, activityId, userId, ApplicationStatus.DRAFT, newAnswers, null, countryCode, gender,
                reviewCount, meanScore, scoreSpread, submittedAt, decidedBy, decidedAt, createdAt, now);
    }

    Application submitted(@Nullable String country, @Nullable String herGender, Instant now) {
        return new Application(id, activityId, userId, ApplicationStatus.APPLIED, answers, null, country, herGender,
                reviewCount, meanScore, scoreSpread, now, null, null, createdAt, now);
    }

    Application screenedOut(String reason, Instant now) {
        return new Application(id, activityId, userId, ApplicationStatus.SCREENED_OUT, answers, reason, countryCode, gender,
                reviewCount, meanScore, scoreSpread, submittedAt, decidedBy, decidedAt, createdAt, now);
    }

    Application decided(ApplicationStatus decision, long managerId, Instant now) {
        return new Application(id, activityId, userId, decision, answers, screeningReason, countryCode, gender,
                reviewCount, meanScore, scoreSpread, submittedAt, managerId, now, createdAt, now);
    }

    Application withdrawn(Instant now) {
        return new Application(id, activityId, userId, ApplicationStatus.WITHDRAWN, answers, screeningReason, countryCode,
                gender, reviewCount, meanScore, scoreSpread, submittedAt, decidedBy, decidedAt, createdAt, now);
    }
}
