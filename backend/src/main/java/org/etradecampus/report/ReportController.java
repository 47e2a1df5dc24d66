package org.etradecampus.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.util.LinkedHashMap;
import java.util.Map;

@Controller
@Secured({"MANAGER", "TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController implements ReportApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ParticipationReports reports;
    private final ParticipationExports exports;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ProgrammeAccess programmes;
    private final ActivityAccess activities;

    ReportController(ParticipationReports reports, ParticipationExports exports, CurrentUser currentUser, UserService users,
                     ProgrammeAccess programmes, ActivityAccess activities) {
        this.reports = reports;
        this.exports = exports;
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
        Asked asked = asked(programmeId, activityId, type, from, to, region, country, groupBy, language);
        return report(asked);
    }

    @Override
    public HttpResponse<byte[]> participationCsv(@Nullable String programmeId, @Nullable String activityId,
                                                 @Nullable ActivityType type, @Nullable LocalDate from, @Nullable LocalDate to,
                                                 @Nullable String region, @Nullable String country, @Nullable String groupBy,
                                                 @Nullable String language, @Nullable Boolean suppressSmall) {
        Asked asked = asked(programmeId, activityId, type, from, to, region, country, groupBy, language);
        String csv = exports.csv(report(asked), asked.language(), described(asked, suppressSmall));
        return file(ParticipationExports.utf8(csv), "text/csv; charset=utf-8", "participation.csv");
    }

    @Override
    public HttpResponse<byte[]> participationXlsx(@Nullable String programmeId, @Nullable String activityId,
                                                  @Nullable ActivityType type, @Nullable LocalDate from, @Nullable LocalDate to,
                                                  @Nullable String region, @Nullable String country, @Nullable String groupBy,
                                                  @Nullable String language, @Nullable Boolean suppressSmall) {
        Asked asked = asked(programmeId, activityId, type, from, to, region, country, groupBy, language);
        return file(exports.xlsx(report(asked), asked.language(), described(asked, suppressSmall)), XLSX, "participation.xlsx");
    }

    /** What was asked, checked: dates in order, ids that are ids and within the caller's reach. */
    private record Asked(ParticipationReports.Filter filter, ParticipationReports.GroupBy groupBy, String groupByName,
                         String language) {
    }

    private Asked asked(String programmeId, String activityId, ActivityType type, LocalDate from, LocalDate to, String region,
                        String country, String groupBy, String language) {
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
        String reader = language != null ? language : users.get(currentUser.id()).locale();
        return new Asked(new ParticipationReports.Filter(programme, activity, type, from, to, region, country),
                groupBy == null ? null : ParticipationReports.GroupBy.named(groupBy), groupBy, reader);
    }

    private ParticipationReportDto report(Asked asked) {
        // Whoever may name the activity or run the programme sees all of it; a trainer naming a programme sees her activities in it.
        ParticipationReports.Filter f = asked.filter();
        boolean whole = currentUser.isAdmin() || f.activityId() != null || (f.programmeId() != null && programmes.runs(f.programmeId()));
        return reports.report(f, new ParticipationReports.Reach(whole, currentUser.id()), asked.groupBy(), asked.language());
    }

    private static ParticipationExports.Described described(Asked asked, Boolean suppressSmall) {
        ParticipationReports.Filter f = asked.filter();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("programmeId", f.programmeId() == null ? "" : f.programmeId().toString());
        filters.put("activityId", f.activityId() == null ? "" : f.activityId().toString());
        filters.put("type", f.type() == null ? "" : f.type().name());
        filters.put("from", f.from() == null ? "" : f.from().toString());
        filters.put("to", f.to() == null ? "" : f.to().toString());
        filters.put("region", f.region() == null ? "" : f.region());
        filters.put("country", f.country() == null ? "" : f.country());
        filters.put("groupBy", asked.groupByName() == null ? "" : asked.groupByName());
        return new ParticipationExports.Described(filters, !Boolean.FALSE.equals(suppressSmall));
    }

    private static HttpResponse<byte[]> file(byte[] bytes, String type, String name) {
        return HttpResponse.ok(bytes).contentType(type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff");
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
