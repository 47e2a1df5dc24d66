package org.etradecampus.attendance;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * The code a trainer shows for self check-in: six digits that change every two minutes
 * ({@code changesAt}); the previous one is still accepted for two minutes more.
 */
@Serdeable
public record CheckInCodeDto(String code, Instant changesAt) {
}
