package org.etradecampus.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new password follows the same policy as at sign-up; the current one proves it is her. */
@Serdeable
public record ChangePasswordRequest(
        @NotNull @Size(max = 1024) String currentPassword,
        @NotNull @Size(max = 1024) String newPassword) {
}
