package org.etradecampus.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("country")
public record Country(
        @Id String code,
        String iso3,
        String m49,
        String nameEn,
        String nameFr,
        String nameEs,
        @Nullable String regionCode,
        @Nullable String subregionCode,
        @Nullable String intermediateRegionCode,
        boolean ldc,
        boolean lldc,
        boolean sids) {
}
