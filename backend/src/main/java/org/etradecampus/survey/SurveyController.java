package org.etradecampus.survey;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.programme.ProgrammeAccess;

import java.net.URI;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SurveyController implements SurveyApi {

    private final SurveyService surveys;
    private final ProgrammeAccess programmeAccess;
    private final ActivityAccess activityAccess;
    private final CurrentUser currentUser;

    SurveyController(SurveyService surveys, ProgrammeAccess programmeAccess, ActivityAccess activityAccess,
                     CurrentUser currentUser) {
        this.surveys = surveys;
        this.programmeAccess = programmeAccess;
        this.activityAccess = activityAccess;
        this.currentUser = currentUser;
    }

    @Override
    public List<SurveyTemplateDto> templates(String id) {
        return surveys.templates(programmeAccess.requireFollower(CurrentUser.parseId(id)));
    }

    @Override
    public HttpResponse<SurveyTemplateDto> addTemplate(String id, SurveyTemplateRequest request) {
        SurveyTemplateDto created = surveys.addTemplate(programmeAccess.requireRunner(CurrentUser.parseId(id)), request);
        return HttpResponse.created(created, URI.create("/api/survey-templates/" + created.id()));
    }

    @Override
    public SurveyTemplateDto updateTemplate(String id, SurveyTemplateRequest request) {
        long templateId = CurrentUser.parseId(id);
        programmeAccess.requireRunner(surveys.programmeOfTemplate(templateId));
        return surveys.updateTemplate(templateId, request);
    }

    @Override
    public HttpResponse<Void> deleteTemplate(String id) {
        long templateId = CurrentUser.parseId(id);
        programmeAccess.requireRunner(surveys.programmeOfTemplate(templateId));
        surveys.deleteTemplate(templateId);
        return HttpResponse.noContent();
    }

    @Override
    public List<ActivitySurveyDto> activitySurveys(String id) {
        return surveys.ofActivity(activityAccess.requireRunner(CurrentUser.parseId(id)));
    }

    @Override
    public HttpResponse<ActivitySurveyDto> attach(String id, AttachSurveyRequest request) {
        ActivitySurveyDto created = surveys.attach(activityAccess.requireManager(CurrentUser.parseId(id)), request);
        return HttpResponse.created(created, URI.create("/api/surveys/" + created.id()));
    }

    @Override
    public ActivitySurveyDto moveWindow(String id, SurveyWindowRequest request) {
        long surveyId = CurrentUser.parseId(id);
        activityAccess.requireManager(surveys.activityOf(surveyId));
        return surveys.moveWindow(surveyId, request);
    }

    @Override
    public HttpResponse<Void> detach(String id) {
        long surveyId = CurrentUser.parseId(id);
        activityAccess.requireManager(surveys.activityOf(surveyId));
        surveys.detach(surveyId);
        return HttpResponse.noContent();
    }

    @Override
    public List<MySurveyDto> mine() {
        return surveys.mine(currentUser.id());
    }

    @Override
    public SurveyDto survey(String id) {
        long surveyId = CurrentUser.parseId(id);
        return surveys.read(surveyId, currentUser.id(), activityAccess.runs(surveys.activityOf(surveyId)));
    }

    @Override
    public SurveyDto respond(String id, SurveyResponseRequest request) {
        return surveys.respond(CurrentUser.parseId(id), currentUser.id(), request.answers());
    }
}
