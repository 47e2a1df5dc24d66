package org.etradecampus.country;

import jakarta.inject.Singleton;
import org.etradecampus.common.LocalizedName;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The M49 reference data as clients see it. */
@Singleton
class CountryService {

    private final CountryRepository countries;
    private final RegionRepository regions;

    CountryService(CountryRepository countries, RegionRepository regions) {
        this.countries = countries;
        this.regions = regions;
    }

    List<CountryDto> countries() {
        return countries.listOrderByCode().stream()
                .map(c -> new CountryDto(c.code(), c.iso3(), c.m49(), new LocalizedName(c.nameEn(), c.nameFr(), c.nameEs()),
                        c.regionCode(), c.subregionCode(), c.ldc(), c.lldc(), c.sids()))
                .toList();
    }

    /** Regions with their sub-regions nested, in M49 code order. */
    List<RegionDto> regions() {
        List<Region> all = regions.listOrderByCode();
        Map<String, List<RegionDto.SubregionDto>> subregions = all.stream()
                .filter(r -> "SUBREGION".equals(r.level()))
                .collect(Collectors.groupingBy(Region::parentCode,
                        Collectors.mapping(r -> new RegionDto.SubregionDto(r.code(), names(r)), Collectors.toList())));
        return all.stream()
                .filter(r -> "REGION".equals(r.level()))
                .map(r -> new RegionDto(r.code(), names(r), subregions.getOrDefault(r.code(), List.of())))
                .toList();
    }

    private static LocalizedName names(Region region) {
        return new LocalizedName(region.nameEn(), region.nameFr(), region.nameEs());
    }
}
