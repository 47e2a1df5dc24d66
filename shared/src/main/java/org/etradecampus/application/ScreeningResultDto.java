package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;

/** How many applications were checked, and how many of them did not pass, each with its reason recorded. */
@Serdeable
public record ScreeningResultDto(long checked, long screenedOut) {
}
