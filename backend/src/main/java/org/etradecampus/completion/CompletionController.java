package org.etradecampus.completion;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.CurrentUser;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CompletionController implements CompletionApi {

    private final CompletionRules rules;
    private final ActivityService activities;
    private final CurrentUser currentUser;

    CompletionController(CompletionRules rules, ActivityService activities, CurrentUser currentUser) {
        this.rules = rules;
        this.activities = activities;
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
        long activityId = CurrentUser.parseId(id);
        activities.requireManager(activityId, currentUser.id(), currentUser.managesActivities(), currentUser.isAdmin());
        return rules.save(activityId, rule);
    }
}
