package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Opens or closes a survey at other times than its kind's; both absent: back to the default window. */
@Serdeable
public record SurveyWindowRequest(@Nullable Instant opensAt, @Nullable Instant closesAt) {
}
