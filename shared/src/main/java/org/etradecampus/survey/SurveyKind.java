package org.etradecampus.survey;

import io.micronaut.serde.annotation.Serdeable;

/**
 * When a survey is asked: BASELINE at enrolment (before the training), ENDLINE at completion,
 * FOLLOW_UP some months after the end, FEEDBACK on the training itself.
 */
@Serdeable
public enum SurveyKind {
    BASELINE,
    ENDLINE,
    FOLLOW_UP,
    FEEDBACK
}
