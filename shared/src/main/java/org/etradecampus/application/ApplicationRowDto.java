package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.account.Gender;

import java.time.Instant;

/**
 * An application in the manager's list. {@code meanScore} is the mean of the reviewers' weighted
 * scores (0–100), {@code scoreSpread} the gap between the highest and lowest; both null until reviewed.
 */
@Serdeable
public record ApplicationRowDto(String id, String userId, String displayName, String email,
                                @Nullable String countryCode, @Nullable Gender gender, ApplicationStatus status,
                                @Nullable String screeningReason, int reviews, @Nullable Double meanScore,
                                @Nullable Double scoreSpread, @Nullable Instant submittedAt) {
}
