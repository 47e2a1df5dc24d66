package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;

/** What the decision did, and the seats left after it. */
@Serdeable
public record DecisionResultDto(int decided, int seatsLeft) {
}
