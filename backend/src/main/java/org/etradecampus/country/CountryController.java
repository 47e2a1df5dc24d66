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
    private final CountryGroupService groups;

    CountryController(CountryService countries, CountryGroupService groups) {
        this.countries = countries;
        this.groups = groups;
    }

    @Override
    public List<CountryDto> countries() {
        return countries.countries();
    }

    @Override
    public List<RegionDto> regions() {
        return countries.regions();
    }

    @Override
    @Secured("ADMIN")
    public CountryGroupsDto groups(String code) {
        return groups.of(code);
    }

    @Override
    @Secured("ADMIN")
    public CountryGroupsDto replaceGroups(String code, CountryGroupsDto memberships) {
        return groups.replace(code, memberships);
    }
}
