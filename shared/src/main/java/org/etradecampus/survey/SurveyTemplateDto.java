package org.etradecampus.survey;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.application.LocalizedText;

import java.util.List;

/** {@code answered}: someone answered it in an activity, so its questions are fixed. */
@Serdeable
public record SurveyTemplateDto(String id, String programmeId, SurveyKind kind, LocalizedText title,
                                List<SurveyQuestionDto> questions, boolean answered) {
}
