package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.PageDto;

import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EnrolmentController implements EnrolmentApi {

    private final EnrolmentService enrolments;
    private final RosterService roster;
    private final CurrentUser currentUser;
    private final ActivityService activities;
    private final ActivityAccess access;

    EnrolmentController(EnrolmentService enrolments, RosterService roster, CurrentUser currentUser,
                        ActivityService activities, ActivityAccess access) {
        this.access = access;
        this.enrolments = enrolments;
        this.roster = roster;
        this.currentUser = currentUser;
        this.activities = activities;
    }

    @Override
    public HttpResponse<EnrolmentDto> enrol(String activityId, @Nullable String idempotencyKey) {
        long userId = currentUser.id();
        long activity = CurrentUser.parseId(activityId);
        EnrolmentDto answer = enrolments.replay(userId, activity, idempotencyKey)
                .orElseGet(() -> enrolments.enrol(userId, activity, idempotencyKey));
        return HttpResponse.created(answer, URI.create("/api/enrolments/" + answer.id()));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public RosterDto roster(String activityId, @Nullable EnrolmentStatus status, @Nullable String q, int page, int size) {
        long activity = CurrentUser.parseId(activityId);
        access.requireManager(activity);
        return roster.page(activity, status, q, page, size);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public HttpResponse<String> rosterCsv(String activityId, @Nullable EnrolmentStatus status) {
        long activity = CurrentUser.parseId(activityId);
        access.requireManager(activity);
        String csv = roster.csv(activity, status);
        return HttpResponse.ok(csv).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"enrolments-" + activityId + ".csv\"");
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public HttpResponse<EnrolmentDto> enrolDirectly(String activityId, ManagerEnrolmentRequest request) {
        long activity = CurrentUser.parseId(activityId);
        access.requireManager(activity);
        EnrolmentDto answer = enrolments.enrolDirectly(currentUser.id(), enrolments.personNamedIn(request),
                activity, Boolean.TRUE.equals(request.overCapacity()), request.reason());
        return HttpResponse.created(answer, URI.create("/api/enrolments/" + answer.id()));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public EnrolmentDto promote(String id, @Nullable ManagerEnrolmentRequest request) {
        access.requireManager(enrolments.activityOf(CurrentUser.parseId(id)));
        boolean over = request != null && Boolean.TRUE.equals(request.overCapacity());
        return enrolments.promote(currentUser.id(), CurrentUser.parseId(id), over, request == null ? null : request.reason());
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public EnrolmentDto moveToWaitlist(String id) {
        long enrolmentId = CurrentUser.parseId(id);
        access.requireManager(enrolments.activityOf(enrolmentId));
        return enrolments.moveToWaitlist(enrolmentId);
    }

    @Override
    public PageDto<EnrolmentDto> mine(@Nullable String activityId, int page, int size) {
        return enrolments.mine(currentUser.id(), activityId == null ? null : CurrentUser.parseId(activityId), page, size);
    }

    @Override
    public EnrolmentDto withdraw(String id) {
        long enrolmentId = CurrentUser.parseId(id);
        boolean manager = currentUser.managesActivities() && activities.manages(enrolments.activityOf(enrolmentId),
                currentUser.id(), true, currentUser.isAdmin());
        return enrolments.withdraw(enrolmentId, currentUser.id(), manager);
    }
}
