package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.account.Gender;

import java.util.Set;

/**
 * Who may enrol. Every rule given must hold; an empty or absent rule lets everyone through.
 * {@code regionCodes} are M49 region or sub-region codes.
 */
@Serdeable
public record EligibilityDto(
        @Nullable Set<@NotNull Gender> genders,
        @Nullable @Size(max = 250) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String> countryCodes,
        @Nullable @Size(max = 50) Set<@NotNull @Pattern(regexp = "\\d{3}", message = "must be an M49 code of three digits") String> regionCodes,
        @Nullable Set<@NotNull CountryGroup> countryGroups,
        @Nullable Boolean womenLedOnly,
        @Nullable Boolean womenOwnedOnly) {

    public static EligibilityDto everyone() {
        return new EligibilityDto(Set.of(), Set.of(), Set.of(), Set.of(), false, false);
    }
}
