package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.programme.ProgrammeAccess;
import org.etradecampus.programme.ProgrammeService;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OutcomeController implements OutcomeApi {

    private final IndicatorService indicators;
    private final MilestoneService milestones;
    private final OutcomeFigures figures;
    private final ProgrammeAccess programmeAccess;
    private final ProgrammeService programmes;
    private final ActivityAccess activityAccess;
    private final ActivityService activities;
    private final EnrolmentService enrolments;
    private final CurrentUser currentUser;

    OutcomeController(IndicatorService indicators, MilestoneService milestones, OutcomeFigures figures,
                      ProgrammeAccess programmeAccess, ProgrammeService programmes, ActivityAccess activityAccess,
                      ActivityService activities, EnrolmentService enrolments, CurrentUser currentUser) {
        this.indicators = indicators;
        this.milestones = milestones;
        this.figures = figures;
        this.programmeAccess = programmeAccess;
        this.programmes = programmes;
        this.activityAccess = activityAccess;
        this.activities = activities;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
    }

    @Override
    public List<IndicatorDto> indicators(String id) {
        return indicators.ofProgramme(programmeAccess.requireFollower(CurrentUser.parseId(id)));
    }

    @Override
    public HttpResponse<IndicatorDto> addIndicator(String id, IndicatorRequest request) {
        IndicatorDto created = indicators.create(programmeAccess.requireRunner(CurrentUser.parseId(id)), request);
        return HttpResponse.created(created, URI.create("/api/indicators/" + created.id()));
    }

    @Override
    public IndicatorDto updateIndicator(String id, IndicatorRequest request) {
        long indicatorId = CurrentUser.parseId(id);
        programmeAccess.requireRunner(indicators.programmeOf(indicatorId));
        return indicators.update(indicatorId, request);
    }

    @Override
    public HttpResponse<Void> deleteIndicator(String id) {
        long indicatorId = CurrentUser.parseId(id);
        programmeAccess.requireRunner(indicators.programmeOf(indicatorId));
        indicators.delete(indicatorId);
        return HttpResponse.noContent();
    }

    @Override
    public List<OutcomeDto> programmeOutcomes(String id, @Nullable String activityId, @Nullable ActivityType type,
                                              @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String region,
                                              @Nullable String country) {
        long programmeId = programmeAccess.requireRunner(CurrentUser.parseId(id));
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from", "validation.date-order");
        }
        Long activity = null;
        if (activityId != null) {
            activity = CurrentUser.parseIdOrNull(activityId);
            if (activity == null || activities.visible(activity, true).programmeId() != programmeId) {
                throw new ValidationException("activityId", "is not an activity of this programme", "validation.invalid-value");
            }
        }
        return figures.of(programmeId, new OutcomeFigures.Narrowing(activity, type, from, to, region, country));
    }

    @Override
    public List<OutcomeDto> activityOutcomes(String id) {
        long activityId = activityAccess.requireRunner(CurrentUser.parseId(id));
        return figures.of(activities.visible(activityId, true).programmeId(), OutcomeFigures.Narrowing.to(activityId));
    }

    @Override
    public List<MilestoneDto> milestones(String id) {
        long programmeId = CurrentUser.parseId(id);
        programmes.get(programmeId);
        return milestones.catalogue(programmeId);
    }

    @Override
    public HttpResponse<MilestoneDto> addMilestone(String id, MilestoneRequest request) {
        MilestoneDto created = milestones.add(programmeAccess.requireRunner(CurrentUser.parseId(id)), request);
        return HttpResponse.created(created, URI.create("/api/milestones/" + created.id()));
    }

    @Override
    public MilestoneDto updateMilestone(String id, MilestoneRequest request) {
        long milestoneId = CurrentUser.parseId(id);
        programmeAccess.requireRunner(milestones.find(milestoneId).programmeId());
        return milestones.update(milestoneId, request);
    }

    @Override
    public HttpResponse<Void> deleteMilestone(String id) {
        long milestoneId = CurrentUser.parseId(id);
        programmeAccess.requireRunner(milestones.find(milestoneId).programmeId());
        milestones.delete(milestoneId);
        return HttpResponse.noContent();
    }

    @Override
    public List<MilestoneRecordDto> milestoneRecords(String id) {
        long activityId = CurrentUser.parseId(id);
        return milestones.records(activityId, currentUser.id(), coachOrSme(activityId));
    }

    @Override
    public HttpResponse<MilestoneRecordDto> recordMilestone(String id, MilestoneRecordRequest request) {
        long activityId = CurrentUser.parseId(id);
        boolean coach = coachOrSme(activityId);
        Activity activity = activities.visible(activityId, true);
        MilestoneRecordDto created = milestones.record(activity, currentUser.id(), coach, request);
        return HttpResponse.created(created, URI.create("/api/milestone-records/" + created.id()));
    }

    @Override
    public MilestoneRecordDto decideMilestone(String id, MilestoneDecisionRequest request) {
        long recordId = CurrentUser.parseId(id);
        activityAccess.requireRunner(milestones.findRecord(recordId).activityId());
        return milestones.decide(recordId, currentUser.id(), request.status());
    }

    @Override
    public HttpResponse<Void> deleteMilestoneRecord(String id) {
        long recordId = CurrentUser.parseId(id);
        long activityId = milestones.findRecord(recordId).activityId();
        milestones.deleteRecord(recordId, currentUser.id(), coachOrSme(activityId));
        return HttpResponse.noContent();
    }

    /** True for its coaches (trainers) and managers, false for an SME holding a seat; 403 for anyone else. */
    private boolean coachOrSme(long activityId) {
        activities.visible(activityId, currentUser.managesActivities());
        if (activityAccess.runs(activityId)) {
            return true;
        }
        if (enrolments.seatOf(activityId, currentUser.id()).isPresent()) {
            return false;
        }
        throw new ForbiddenException("Only this activity's SMEs, coaches and managers see its milestones.", "problem.forbidden");
    }
}
