package org.etradecampus.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.common.CurrentUser;

import java.net.URI;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationController implements OrganisationApi {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public List<OrganisationDto> list() {
        return organisations.list();
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public HttpResponse<OrganisationDto> create(CreateOrganisationRequest request) {
        OrganisationDto created = organisations.create(request);
        return HttpResponse.created(created, URI.create("/api/organisations/" + created.id()));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public OrganisationDto update(String id, CreateOrganisationRequest request) {
        return organisations.update(CurrentUser.parseId(id), request);
    }
}
