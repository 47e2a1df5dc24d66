package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Before and after over the same people only: those who answered a BASELINE survey and a later
 * one ({@code after} is each one's latest later answer).
 */
@Serdeable
public record PairedDto(long people, double before, double after, double change) {
}
