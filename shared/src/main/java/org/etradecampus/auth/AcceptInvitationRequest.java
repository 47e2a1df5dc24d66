package org.etradecampus.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token from the invitation e-mail's link, and the password she chooses. */
@Serdeable
public record AcceptInvitationRequest(@NotBlank @Size(max = 100) String token, @NotNull @Size(max = 1024) String password) {
}
