package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.application.LocalizedText;

import java.time.Instant;

/**
 * A survey asked in an activity, for its trainers and managers: its window and its response rate,
 * {@code responses} of the {@code eligible} people holding a seat ({@code responseRate} 0 to 1,
 * {@code null} while nobody is eligible).
 */
@Serdeable
public record ActivitySurveyDto(String id, String activityId, String templateId, SurveyKind kind, LocalizedText title,
                                @Nullable Integer monthsAfter, Instant opensAt, Instant closesAt, boolean open,
                                long eligible, long responses, @Nullable Double responseRate) {
}
