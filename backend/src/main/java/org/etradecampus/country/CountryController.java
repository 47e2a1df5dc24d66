package org.etradecampus.country;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CountryController implements CountryApi {

    private final CountryService countries;

    CountryController(CountryService countries) {
        this.countries = countries;
    }

    @Override
    public List<CountryDto> countries() {
        return countries.countries();
    }

    @Override
    public List<RegionDto> regions() {
        return countries.regions();
    }
}
