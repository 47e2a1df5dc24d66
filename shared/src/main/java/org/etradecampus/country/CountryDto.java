package org.etradecampus.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.common.LocalizedName;

/** A country or area from UN M49; {@code code} is ISO 3166 alpha-2. */
@Serdeable
public record CountryDto(String code, String iso3, String m49, LocalizedName names,
                         @Nullable String regionCode, @Nullable String subregionCode,
                         boolean ldc, boolean lldc, boolean sids) {
}
