package org.etradecampus.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code username} is the e-mail address the account was registered with. */
@Serdeable
public record LoginRequest(
        @NotBlank @Size(max = 254) String username,
        @NotNull @Size(max = 1024) String password) {
}
