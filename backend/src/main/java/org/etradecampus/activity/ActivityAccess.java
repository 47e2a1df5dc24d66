package org.etradecampus.activity;

import jakarta.inject.Singleton;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ForbiddenException;

/**
 * Who may act on an activity, for the caller: its programme's managers and administrators manage
 * it; they and its assigned trainers run it. Each check answers 404 for an activity that does not
 * exist (or a draft she cannot see) before 403.
 */
@Singleton
public class ActivityAccess {

    private final ActivityService activities;
    private final CurrentUser currentUser;

    ActivityAccess(ActivityService activities, CurrentUser currentUser) {
        this.activities = activities;
        this.currentUser = currentUser;
    }

    public boolean manages(long activityId) {
        return activities.manages(activityId, currentUser.id(), currentUser.managesActivities(), currentUser.isAdmin());
    }

    public boolean runs(long activityId) {
        return activities.runsActivity(activityId, currentUser.id(), currentUser.managesActivities(), currentUser.isAdmin());
    }

    /** The activity's programme managers and administrators; returns the id for chaining. */
    public long requireManager(long activityId) {
        activities.requireManager(activityId, currentUser.id(), currentUser.managesActivities(), currentUser.isAdmin());
        return activityId;
    }

    /** Its trainers as well as its managers; returns the id for chaining. */
    public long requireRunner(long activityId) {
        activities.visible(activityId, true);
        if (!runs(activityId)) {
            throw new ForbiddenException("Only this activity's trainers and managers may do that.", "problem.forbidden");
        }
        return activityId;
    }
}
