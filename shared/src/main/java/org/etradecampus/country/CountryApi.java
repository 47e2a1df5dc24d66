package org.etradecampus.country;

import io.micronaut.http.annotation.Get;

import java.util.List;

/** Reference data, public. Short fixed lists, so not paginated. */
public interface CountryApi {

    @Get("/api/countries")
    List<CountryDto> countries();

    @Get("/api/regions")
    List<RegionDto> regions();
}
