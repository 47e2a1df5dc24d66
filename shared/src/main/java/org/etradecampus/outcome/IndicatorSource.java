package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/** Where an indicator's values come from. */
@Serdeable
public enum IndicatorSource {
    PARTICIPATION,
    SURVEY,
    MILESTONE
}
