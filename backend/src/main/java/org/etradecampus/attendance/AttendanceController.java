package org.etradecampus.attendance;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.CurrentUser;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AttendanceController implements AttendanceApi {

    private final AttendanceService attendance;
    private final ActivityService activities;
    private final ActivityAccess access;
    private final CurrentUser currentUser;

    AttendanceController(AttendanceService attendance, ActivityService activities, ActivityAccess access, CurrentUser currentUser) {
        this.access = access;
        this.attendance = attendance;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @Override
    public AttendanceSheetDto sheet(String id) {
        return attendance.sheet(requireRunner(CurrentUser.parseId(id)));
    }

    @Override
    public AttendanceSheetDto mark(String id, AttendanceRequest request) {
        return attendance.mark(requireRunner(CurrentUser.parseId(id)), currentUser.id(), request.records());
    }

    @Override
    public CheckInCodeDto checkInCode(String id) {
        return attendance.code(requireRunner(CurrentUser.parseId(id)));
    }

    @Override
    public AttendanceEntryDto checkIn(String id, CheckInRequest request) {
        return attendance.checkIn(CurrentUser.parseId(id), currentUser.id(), request.code());
    }

    @Override
    public ActivityAttendanceDto rates(String id) {
        return attendance.rates(access.requireRunner(CurrentUser.parseId(id)));
    }

    /** The session's activity's trainers, its programme's managers and administrators; 404 before 403. */
    private long requireRunner(long sessionId) {
        access.requireRunner(activities.activityOfSession(sessionId));
        return sessionId;
    }
}
