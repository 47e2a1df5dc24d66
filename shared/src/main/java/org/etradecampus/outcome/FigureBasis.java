package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a figure stands on: the baseline the manager stated, the answers to BASELINE surveys, each
 * respondent's latest later answer (ENDLINE, FOLLOW_UP or FEEDBACK), participation data, or
 * validated milestones.
 */
@Serdeable
public enum FigureBasis {
    STATED,
    SURVEY_BASELINE,
    SURVEY_LATEST,
    PARTICIPATION,
    MILESTONE
}
