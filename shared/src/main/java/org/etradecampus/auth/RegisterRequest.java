package org.etradecampus.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Self-registration of a participant. Password rules live in the server's password policy. */
@Serdeable
public record RegisterRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(max = 1024) String password,
        @NotBlank @Size(max = 100) String displayName,
        @Nullable @Pattern(regexp = "en|fr|es", message = "must be one of en, fr, es") String locale) {
}
