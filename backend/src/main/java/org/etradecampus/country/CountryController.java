package org.etradecampus.country;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.common.LocalizedName;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CountryController implements CountryApi {

    private final CountryRepository countries;
    private final RegionRepository regions;

    CountryController(CountryRepository countries, RegionRepository regions) {
        this.countries = countries;
        this.regions = regions;
    }

    @Override
    public List<CountryDto> countries() {
        return countries.listOrderByCode().stream()
                .map(c -> new CountryDto(c.code(), c.iso3(), c.m49(), new LocalizedName(c.nameEn(), c.nameFr(), c.nameEs()),
                        c.regionCode(), c.subregionCode(), c.ldc(), c.lldc(), c.sids()))
                .toList();
    }

    @Override
    public List<RegionDto> regions() {
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
