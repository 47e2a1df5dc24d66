package org.etradecampus.programme;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.PageDto;
import org.etradecampus.user.StaffDto;

import java.net.URI;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammeController implements ProgrammeApi {

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    ProgrammeController(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public PageDto<ProgrammeDto> list(int page, int size) {
        return programmes.page(page, size);
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ProgrammeDto get(String id) {
        return programmes.toDto(programmes.get(CurrentUser.parseId(id)));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public HttpResponse<ProgrammeDto> create(CreateProgrammeRequest request) {
        ProgrammeDto created = programmes.toDto(programmes.create(currentUser.id(), request));
        return HttpResponse.created(created, URI.create("/api/programmes/" + created.id()));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ProgrammeDto update(String id, CreateProgrammeRequest request) {
        long programmeId = requireRunner(id);
        return programmes.toDto(programmes.update(programmeId, request));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public List<StaffDto> managers(String id) {
        return programmes.managers(requireRunner(id));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public List<StaffDto> assignManagers(String id, AssignManagersRequest request) {
        return programmes.assignManagers(requireRunner(id), request.userIds());
    }

    private long requireRunner(String id) {
        long programmeId = CurrentUser.parseId(id);
        programmes.requireRunner(programmeId, currentUser.id(), currentUser.isAdmin());
        return programmeId;
    }
}
