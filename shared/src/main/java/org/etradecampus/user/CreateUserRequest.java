package org.etradecampus.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.account.Role;

import java.util.Set;

/** An administrator creates staff accounts (trainers, managers, administrators). */
@Serdeable
public record CreateUserRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(max = 1024) String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotEmpty Set<@NotNull Role> roles,
        @Nullable @Pattern(regexp = "en|fr|es", message = "must be one of en, fr, es") String locale) {
}
