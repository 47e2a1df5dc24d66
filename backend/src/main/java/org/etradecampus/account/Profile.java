package org.etradecampus.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code onlineSalesChannels} is a JSON array of strings. */
@MappedEntity("profile")
record Profile(
        @Id Long userId,
        @Nullable String countryCode,
        @Nullable String gender,
        @Nullable String businessName,
        @Nullable String sector,
        @Nullable String businessStage,
        @Nullable Boolean womenLed,
        @Nullable Boolean womenOwned,
        @Nullable Integer employees,
        @Nullable String onlineSalesChannels,
        @Nullable Boolean exporting,
        Instant updatedAt) {
}
