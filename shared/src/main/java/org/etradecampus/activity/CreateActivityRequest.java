package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.country.KnownCountry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record CreateActivityRequest(
        @NotBlank @Size(max = 30) String programmeId,
        @NotNull ActivityType type,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 10000) String description,
        @NotNull Delivery delivery,
        @NotNull @Pattern(regexp = "en|fr|es", message = "must be one of en, fr, es") String language,
        @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") @KnownCountry String countryCode,
        @Nullable @Size(max = 100) String city,
        @Nullable @Pattern(regexp = "\\d{3}", message = "must be an M49 code of three digits") String regionCode,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotBlank @Size(max = 60) String timeZone,
        @NotNull @Min(1) @Max(100_000) Integer capacity,
        @NotNull EnrolmentPolicy enrolmentPolicy,
        @Nullable Instant enrolmentOpensAt,
        @Nullable Instant enrolmentClosesAt,
        @Nullable @Valid EligibilityDto eligibility,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags) {
}
