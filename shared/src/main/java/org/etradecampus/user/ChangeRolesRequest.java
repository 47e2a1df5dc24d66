package org.etradecampus.user;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.account.Role;

import java.util.Set;

@Serdeable
public record ChangeRolesRequest(@NotEmpty Set<@NotNull Role> roles) {
}
