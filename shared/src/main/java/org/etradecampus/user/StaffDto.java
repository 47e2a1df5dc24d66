package org.etradecampus.user;

import io.micronaut.serde.annotation.Serdeable;

/** A colleague as managers see her when naming trainers or fellow managers: no more than that needs. */
@Serdeable
public record StaffDto(String id, String displayName, String email) {
}
