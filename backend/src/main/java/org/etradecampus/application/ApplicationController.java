package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.account.Gender;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.PageDto;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ApplicationController implements ApplicationApi {

    private final ApplicationService applications;
    private final ActivityService activities;
    private final ActivityAccess access;
    private final CurrentUser currentUser;

    ApplicationController(ApplicationService applications, ActivityService activities, ActivityAccess access,
                          CurrentUser currentUser) {
        this.access = access;
        this.applications = applications;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ApplicationFormDto form(String id) {
        long activityId = CurrentUser.parseId(id);
        activities.visible(activityId, currentUser.managesActivities());
        return new ApplicationFormDto(applications.questions(activityId));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ApplicationFormDto saveForm(String id, ApplicationFormDto form) {
        return applications.saveForm(access.requireManager(CurrentUser.parseId(id)), form);
    }

    @Override
    public ApplicationDto mine(String id) {
        return applications.mine(CurrentUser.parseId(id), currentUser.id());
    }

    @Override
    public ApplicationDto saveDraft(String id, SaveApplicationRequest request) {
        return applications.saveDraft(CurrentUser.parseId(id), currentUser.id(), request.answers());
    }

    @Override
    public ApplicationDto submit(String id) {
        return applications.submit(CurrentUser.parseId(id), currentUser.id());
    }

    @Override
    public PageDto<ApplicationDto> myApplications(int page, int size) {
        return applications.myApplications(currentUser.id(), page, size);
    }

    @Override
    public ApplicationDto withdraw(String id) {
        return applications.withdraw(CurrentUser.parseId(id), currentUser.id());
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ApplicationListDto list(String id, @Nullable ApplicationStatus status, @Nullable String country,
                                   @Nullable String region, @Nullable Gender gender, @Nullable String sort, int page, int size) {
        return applications.list(access.requireManager(CurrentUser.parseId(id)), status, country, region, gender, sort, page, size);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ScreeningResultDto screen(String id) {
        return applications.screen(access.requireManager(CurrentUser.parseId(id)));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public DecisionResultDto decide(String id, DecisionRequest request) {
        return applications.decide(access.requireManager(CurrentUser.parseId(id)), currentUser.id(), request.applicationIds(), request.decision());
    }
}
