package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.application.LocalizedText;

import java.time.Instant;

/** A survey she is asked, in "My learning": open now, or answered. */
@Serdeable
public record MySurveyDto(String id, String activityId, String activityTitle, SurveyKind kind, LocalizedText title,
                          Instant opensAt, Instant closesAt, boolean open, @Nullable Instant answeredAt) {
}
