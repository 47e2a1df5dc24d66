package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.PageDto;
import org.etradecampus.review.AssignReviewersRequest;
import org.etradecampus.review.ReviewApi;
import org.etradecampus.review.ReviewAssignmentRequest;
import org.etradecampus.review.ReviewAssignmentResultDto;
import org.etradecampus.review.ReviewDto;
import org.etradecampus.review.ReviewerProgressDto;
import org.etradecampus.review.RubricDto;
import org.etradecampus.review.ScoreRequest;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController implements ReviewApi {

    private final ReviewService reviews;
    private final ActivityService activities;
    private final ActivityAccess access;
    private final CurrentUser currentUser;

    ReviewController(ReviewService reviews, ActivityService activities, ActivityAccess access, CurrentUser currentUser) {
        this.access = access;
        this.reviews = reviews;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @Override
    public RubricDto rubric(String id) {
        long activityId = CurrentUser.parseId(id);
        activities.visible(activityId, true);
        if (!access.manages(activityId) && !reviews.reviews(activityId, currentUser.id())) {
            throw new ForbiddenException("Only this activity's managers and reviewers see its rubric.", "problem.forbidden");
        }
        return new RubricDto(reviews.criteria(activityId));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public RubricDto saveRubric(String id, RubricDto rubric) {
        return reviews.saveRubric(access.requireManager(CurrentUser.parseId(id)), rubric);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public List<ReviewerProgressDto> reviewers(String id) {
        return reviews.progress(access.requireManager(CurrentUser.parseId(id)));
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public List<ReviewerProgressDto> assignReviewers(String id, AssignReviewersRequest request) {
        return reviews.assignReviewers(access.requireManager(CurrentUser.parseId(id)), request.userIds());
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public ReviewAssignmentResultDto assign(String id, ReviewAssignmentRequest request) {
        return reviews.assign(access.requireManager(CurrentUser.parseId(id)), request.reviewsPerApplication());
    }

    @Override
    public PageDto<ReviewDto> mine(@Nullable String activityId, @Nullable Boolean pending, int page, int size) {
        return reviews.mine(currentUser.id(), activityId == null ? null : CurrentUser.parseId(activityId),
                pending, page, size);
    }

    @Override
    public ReviewDto get(String id) {
        return reviews.get(CurrentUser.parseId(id), currentUser.id());
    }

    @Override
    public ReviewDto score(String id, ScoreRequest request) {
        return reviews.score(CurrentUser.parseId(id), currentUser.id(), request.scores(), request.comment());
    }
}
