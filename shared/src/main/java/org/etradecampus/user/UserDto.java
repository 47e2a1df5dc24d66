package org.etradecampus.user;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.account.Role;

import java.time.Instant;
import java.util.Set;

/** An account as administrators see it. */
@Serdeable
public record UserDto(String id, String email, String displayName, Set<Role> roles, String locale, boolean enabled,
                      Instant createdAt) {
}
