package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/** What a value counts: a number of things, a percentage (0 to 100), an amount in {@code currency}, or yes/no (as the share of yes, 0 to 100). */
@Serdeable
public enum IndicatorUnit {
    COUNT,
    PERCENT,
    CURRENCY,
    YES_NO
}
