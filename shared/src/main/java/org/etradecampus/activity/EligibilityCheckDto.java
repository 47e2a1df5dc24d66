package org.etradecampus.activity;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Whether the signed-in person may enrol, and every rule she does not meet. */
@Serdeable
public record EligibilityCheckDto(boolean eligible, List<Reason> reasons) {

    /** {@code rule}: gender, country, region, countryGroup, womenLed, womenOwned, or profile.<field> when her profile lacks it. */
    @Serdeable
    public record Reason(String rule, String message, String messageKey) {
    }
}
