package org.etradecampus.completion;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.enrolment.EnrolmentService;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompletionController implements CompletionApi {

    private final CompletionRules rules;
    private final CompletionService completions;
    private final CertificateService certificates;
    private final ActivityService activities;
    private final ActivityAccess access;
    private final EnrolmentService enrolments;
    private final CurrentUser currentUser;

    CompletionController(CompletionRules rules, CompletionService completions, CertificateService certificates,
                         ActivityService activities, ActivityAccess access, EnrolmentService enrolments, CurrentUser currentUser) {
        this.access = access;
        this.rules = rules;
        this.completions = completions;
        this.certificates = certificates;
        this.activities = activities;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public CompletionRuleDto rule(String id) {
        long activityId = CurrentUser.parseId(id);
        activities.visible(activityId, currentUser.managesActivities());
        return rules.of(activityId);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public CompletionRuleDto saveRule(String id, CompletionRuleDto rule) {
        return completions.saveRule(access.requireManager(CurrentUser.parseId(id)), rule);
    }

    @Override
    public List<CompletionDto> completions(String id) {
        return completions.list(access.requireRunner(CurrentUser.parseId(id)));
    }

    @Override
    public CompletionDto override(String id, CompletionOverrideRequest request) {
        long enrolmentId = CurrentUser.parseId(id);
        access.requireRunner(enrolments.activityOf(enrolmentId));
        return completions.override(enrolmentId, currentUser.id(), request.completed(), request.reason());
    }

    @Override
    public CompletionDto clearOverride(String id) {
        long enrolmentId = CurrentUser.parseId(id);
        access.requireRunner(enrolments.activityOf(enrolmentId));
        return completions.clearOverride(enrolmentId);
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public CertificateDto certificate(String code) {
        return certificates.get(code);
    }

    @Override
    public HttpResponse<byte[]> pdf(String code) {
        Certificate certificate = certificates.find(code);
        boolean hers = certificate.userId() == currentUser.id();
        if (!hers && !access.runs(certificate.activityId())) {
            throw new NotFoundException("No certificate of yours has this code.");
        }
        return HttpResponse.ok(certificates.pdf(certificate)).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate.code() + ".pdf\"");
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public CertificateDto revoke(String code, RevokeRequest request) {
        Certificate certificate = certificates.find(code);
        access.requireManager(certificate.activityId());
        return certificates.revoke(code, currentUser.id(), request.reason());
    }

    @Override
    public List<CertificateDto> mine() {
        return certificates.mine(currentUser.id());
    }
}
