package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code regionCode}: the M49 region, sub-region or intermediate region whose masterclass alumni are invited. */
@Serdeable
public record CommunityRequest(@NotBlank @Size(max = 120) String name,
                               @Nullable @Size(max = 2000) String description,
                               @Nullable @Pattern(regexp = "\\d{3}", message = "must be an M49 region code") String regionCode,
                               @NotNull JoinPolicy joinPolicy) {
}
