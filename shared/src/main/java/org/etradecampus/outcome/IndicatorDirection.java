package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/** Which way is progress. */
@Serdeable
public enum IndicatorDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
