package org.etradecampus.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.etradecampus.country.KnownCountry;

import java.util.List;

/** The participant's profile: what reports disaggregate by. Every field may be left empty. */
@Serdeable
public record ProfileDto(
        @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") @KnownCountry String countryCode,
        @Nullable Gender gender,
        @Nullable @Size(max = 200) String businessName,
        @Nullable @Size(max = 100) String sector,
        @Nullable BusinessStage businessStage,
        @Nullable Boolean womenLed,
        @Nullable Boolean womenOwned,
        @Nullable @PositiveOrZero @Max(1_000_000) Integer employees,
        @Nullable @Size(max = 10) List<@NotNull SalesChannel> onlineSalesChannels,
        @Nullable Boolean exporting) {

    public static ProfileDto empty() {
        return new ProfileDto(null, null, null, null, null, null, null, null, List.of(), null);
    }
}
