package org.etradecampus.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.programme.ProgrammeAccess;
import org.etradecampus.user.UserService;

import java.time.LocalDate;

@Controller
@Secured({"MANAGER", "TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController implements ReportApi {

    private final ParticipationReports reports;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ProgrammeAccess programmes;
    private final ActivityAccess activities;

    ReportController(ParticipationReports reports, CurrentUser currentUser, UserService users, ProgrammeAccess programmes,
                     ActivityAccess activities) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.users = users;
        this.programmes = programmes;
        this.activities = activities;
    }

    @Override
    public ParticipationReportDto participation(@Nullable String programmeId, @Nullable String activityId,
                                                @Nullable ActivityType type, @Nullable LocalDate from, @Nullable LocalDate to,
                                                @Nullable String region, @Nullable String country, @Nullable String groupBy,
                                                @Nullable String language) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from", "validation.date-order");
        }
        Long programme = id(programmeId, "programmeId");
        Long activity = id(activityId, "activityId");
        // Naming a programme or an activity beyond one's reach is refused rather than answered with zeros.
        if (programme != null) {
            programmes.requireFollower(programme);
        }
        if (activity != null) {
            activities.requireRunner(activity);
        }
        ParticipationReports.Filter filter = new ParticipationReports.Filter(programme, activity, type, from, to, region, country);
        String reader = language != null ? language : users.get(currentUser.id()).locale();
        return reports.report(filter, new ParticipationReports.Reach(currentUser.isAdmin(), currentUser.id()),
                groupBy == null ? null : ParticipationReports.GroupBy.named(groupBy), reader);
    }

    private static Long id(String value, String field) {
        if (value == null) {
            return null;
        }
        Long id = CurrentUser.parseIdOrNull(value);
        if (id == null) {
            throw new ValidationException(field, "is not an id", "validation.invalid-value");
        }
        return id;
    }
}
