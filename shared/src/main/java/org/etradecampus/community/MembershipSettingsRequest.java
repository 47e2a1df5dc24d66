package org.etradecampus.community;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Her own settings in a community: whether announcements reach her as an e-mail digest. */
@Serdeable
public record MembershipSettingsRequest(@NotNull Boolean digest) {
}
