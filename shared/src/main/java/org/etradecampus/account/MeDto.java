package org.etradecampus.account;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

/** The signed-in person as she sees herself. */
@Serdeable
public record MeDto(String id, String email, String displayName, Set<Role> roles, String locale, ProfileDto profile) {
}
