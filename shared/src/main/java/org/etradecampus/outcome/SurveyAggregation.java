package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/** How the answers of the people in scope fold into one value: their mean, their sum, the share (0 to 100) or the number who answered yes. */
@Serdeable
public enum SurveyAggregation {
    MEAN,
    SUM,
    SHARE_YES,
    COUNT_YES
}
