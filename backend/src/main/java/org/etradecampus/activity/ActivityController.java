package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
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
import java.time.LocalDate;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ActivityController implements ActivityApi {

    private final ActivityService activities;
    private final CurrentUser currentUser;
    private final ActivityAccess access;

    ActivityController(ActivityService activities, CurrentUser currentUser, ActivityAccess access) {
        this.access = access;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public PageDto<ActivityDto> catalogue(@Nullable ActivityType type, @Nullable String programmeId, @Nullable String region,
                                          @Nullable String country, @Nullable String language, @Nullable Boolean open,
                                          @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q,
                                          int page, int size) {
        Long programme = programmeId == null || programmeId.isBlank() ? null
                : programmeId.matches("\\d{1,18}") ? Long.valueOf(programmeId) : -1L;
        return activities.catalogue(type, programme, region, country, language, open, from, to, q, page, size);
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ActivityDto get(String id) {
        return activities.toDto(activities.visible(CurrentUser.parseId(id), currentUser.managesActivities()));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public HttpResponse<ActivityDto> create(CreateActivityRequest request) {
        ActivityDto created = activities.create(currentUser.id(), currentUser.isAdmin(), request);
        return HttpResponse.created(created, URI.create("/api/activities/" + created.id()));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ActivityDto update(String id, CreateActivityRequest request) {
        long activityId = CurrentUser.parseId(id);
        access.requireManager(activityId);
        return activities.update(activityId, request);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ActivityDto publish(String id) {
        long activityId = CurrentUser.parseId(id);
        access.requireManager(activityId);
        return activities.transition(activityId, ActivityStatus.PUBLISHED);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ActivityDto close(String id) {
        long activityId = CurrentUser.parseId(id);
        access.requireManager(activityId);
        return activities.transition(activityId, ActivityStatus.CLOSED);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ActivityDto cancel(String id) {
        long activityId = CurrentUser.parseId(id);
        access.requireManager(activityId);
        return activities.transition(activityId, ActivityStatus.CANCELLED);
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public List<SessionDto> sessions(String id) {
        long activityId = CurrentUser.parseId(id);
        Long viewer = currentUser.idIfSignedIn().orElse(null);
        return activities.sessions(activityId, currentUser.managesActivities(), viewer, viewer != null && access.runs(activityId));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PageDto<ActivityDto> teaching(int page, int size) {
        return activities.teaching(currentUser.id(), page, size);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public List<StaffDto> assignTrainers(String id, AssignTrainersRequest request) {
        long activityId = CurrentUser.parseId(id);
        access.requireManager(activityId);
        return activities.assignTrainers(activityId, request.trainerIds());
    }

    @Override
    @Secured({"MANAGER", "ADMIN", "TRAINER"})
    public List<StaffDto> trainers(String id) {
        long activityId = CurrentUser.parseId(id);
        access.requireRunner(activityId);
        return activities.trainers(activityId);
    }

    @Override
    @Secured({"MANAGER", "ADMIN", "TRAINER"})
    public HttpResponse<SessionDto> addSession(String id, CreateSessionRequest request) {
        long activityId = CurrentUser.parseId(id);
        access.requireRunner(activityId);
        SessionDto created = activities.addSession(activityId, request);
        return HttpResponse.created(created, URI.create("/api/sessions/" + created.id()));
    }

    @Override
    @Secured({"MANAGER", "ADMIN", "TRAINER"})
    public SessionDto updateSession(String id, CreateSessionRequest request) {
        long sessionId = CurrentUser.parseId(id);
        access.requireRunner(activities.activityOfSession(sessionId));
        return activities.updateSession(sessionId, request);
    }

    @Override
    @Secured({"MANAGER", "ADMIN", "TRAINER"})
    public HttpResponse<Void> deleteSession(String id) {
        long sessionId = CurrentUser.parseId(id);
        access.requireRunner(activities.activityOfSession(sessionId));
        activities.deleteSession(sessionId);
        return HttpResponse.noContent();
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public EligibilityCheckDto eligibility(String id) {
        Activity activity = activities.visible(CurrentUser.parseId(id), currentUser.managesActivities());
        List<EligibilityCheckDto.Reason> reasons = activities.unmetRules(activity, currentUser.id());
        return new EligibilityCheckDto(reasons.isEmpty(), reasons);
    }
}
