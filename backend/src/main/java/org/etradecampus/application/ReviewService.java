package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.account.Role;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityRepository;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.JsonDocuments;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem.FieldError;
import org.etradecampus.common.Text;
import org.etradecampus.review.CriterionDto;
import org.etradecampus.review.ReviewAssignmentResultDto;
import org.etradecampus.review.ReviewDto;
import org.etradecampus.review.ReviewerProgressDto;
import org.etradecampus.review.RubricDto;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Blind review: a rubric per activity, reviewers named on it, applications shared out among them
 * in the database, and each scored review folded into the application's mean and spread.
 */
@Singleton
public class ReviewService {

    static final Argument<List<CriterionDto>> CRITERIA = Argument.listOf(CriterionDto.class);
    static final Argument<Map<String, Integer>> SCORES = Argument.mapOf(String.class, Integer.class);

    private final ReviewRepository reviews;
    private final ReviewRubricRepository rubrics;
    private final ApplicationRepository applications;
    private final ApplicationService applicationService;
    private final ActivityRepository activities;
    private final UserService users;
    private final JsonDocuments documents;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ReviewRubricRepository rubrics, ApplicationRepository applications,
                  ApplicationService applicationService, ActivityRepository activities, UserService users,
                  JsonDocuments documents, Clock clock) {
        this.reviews = reviews;
        this.rubrics = rubrics;
        this.applications = applications;
        this.applicationService = applicationService;
        this.activities = activities;
        this.users = users;
        this.documents = documents;
        this.clock = clock;
    }

    List<CriterionDto> criteria(long activityId) {
        return rubrics.findById(activityId).map(r -> documents.read(r.criteria(), CRITERIA)).orElse(List.of());
    }

    boolean reviews(long activityId, long userId) {
        return reviews.countReviewer(activityId, userId) > 0;
    }

    /** Replaces the rubric; refused once a review is scored, so every score answers the same criteria. */
    @Transactional
    public RubricDto saveRubric(long activityId, RubricDto rubric) {
        activities.lock(activityId).orElseThrow(() -> new NotFoundException("No such activity."));
        if (reviews.countScored(activityId) > 0) {
            throw new ConflictException("Reviews have been scored: the rubric can no longer change.", "review.rubric-locked",
                    List.of());
        }
        Set<String> keys = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rubric.criteria().size(); i++) {
            if (!keys.add(rubric.criteria().get(i).key())) {
                errors.add(new FieldError("criteria[" + i + "].key", "is used by another criterion", "application.duplicate-key"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ReviewRubric stored = new ReviewRubric(activityId, documents.write(rubric.criteria()), now());
        if (rubrics.existsById(activityId)) {
            rubrics.update(stored);
        } else {
            rubrics.save(stored);
        }
        return new RubricDto(criteria(activityId));
    }

    List<ReviewerProgressDto> progress(long activityId) {
        return reviews.progress(activityId).stream().map(p -> new ReviewerProgressDto(Long.toString(p.id()), p.displayName(),
                p.email(), p.assigned(), p.completed())).toList();
    }

    /** The reviewers become these: trainers or managers. Reviews already given to someone removed stay hers. */
    @Transactional
    public List<ReviewerProgressDto> assignReviewers(long activityId, Set<String> userIds) {
        activities.lock(activityId).orElseThrow(() -> new NotFoundException("No such activity."));
        List<Long> ids = users.requireStaff(userIds, EnumSet.of(Role.TRAINER, Role.MANAGER), "userIds");
        reviews.deleteReviewers(activityId);
        ids.stream().distinct().forEach(userId -> reviews.insertReviewer(activityId, userId));
        return progress(activityId);
    }

    /** Shares out the applications no reviewer has yet, each to {@code perApplication} different reviewers. */
    @Transactional
    public ReviewAssignmentResultDto assign(long activityId, int perApplication) {
        activities.lock(activityId).orElseThrow(() -> new NotFoundException("No such activity."));
        int reviewers = reviews.countReviewers(activityId);
        if (perApplication > reviewers) {
            throw new ValidationException("reviewsPerApplication", "cannot exceed the " + reviewers + " reviewers named",
                    "review.too-few-reviewers");
        }
        long applicationsBefore = reviews.countReviewedApplications(activityId);
        long reviewsBefore = reviews.countByActivityId(activityId);
        reviews.assign(activityId, perApplication, reviewsBefore, reviewers, now());
        return new ReviewAssignmentResultDto(reviews.countReviewedApplications(activityId) - applicationsBefore,
                reviews.countByActivityId(activityId) - reviewsBefore);
    }

    public PageDto<ReviewDto> mine(long reviewerId, @Nullable Long activityId, @Nullable Boolean pending, int page, int size) {
        List<ReviewDto> items = reviews.pageOfReviewer(reviewerId, activityId, pending, size, (long) page * size).stream()
                .map(this::toDto).toList();
        return new PageDto<>(items, page, size, reviews.countOfReviewer(reviewerId, activityId, pending));
    }

    ReviewDto get(long reviewId, long reviewerId) {
        return toDto(own(reviewId, reviewerId));
    }

    /** Every criterion scored within its scale; the application's mean and spread follow at once. */
    @Transactional
    public ReviewDto score(long reviewId, long reviewerId, Map<String, Integer> scores, @Nullable String comment) {
        Review found = own(reviewId, reviewerId);
        Application application = applications.lock(found.applicationId()).orElseThrow();
        if (application.status() != ApplicationStatus.APPLIED && application.status() != ApplicationStatus.SCREENED_OUT) {
            throw new ConflictException("This application is " + application.status() + ": its review is closed.",
                    "review.closed", List.of());
        }
        List<CriterionDto> criteria = criteria(found.activityId());
        if (criteria.isEmpty()) {
            throw new ConflictException("This activity has no rubric yet.", "review.no-rubric", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = criteria.stream().map(CriterionDto::key).collect(Collectors.toSet());
        scores.keySet().stream().filter(key -> !known.contains(key))
                .forEach(key -> errors.add(new FieldError("scores." + key, "is not a criterion of the rubric", "review.unknown-criterion")));
        for (CriterionDto criterion : criteria) {
            Integer value = scores.get(criterion.key());
            if (value == null || value < 1 || value > criterion.scale()) {
                errors.add(new FieldError("scores." + criterion.key(), "must be from 1 to " + criterion.scale(),
                        "validation.out-of-range"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        criteria.forEach(c -> kept.put(c.key(), scores.get(c.key())));
        Review current = reviews.lock(reviewId).orElseThrow();
        reviews.update(current.scored(documents.write(kept), weighted(criteria, kept), Text.blankToNull(comment), now()));
        reviews.refreshScores(application.id());
        return toDto(reviews.findById(reviewId).orElseThrow());
    }

    /** Each criterion from 1..scale onto 0..100, weighted; two decimals. */
    static double weighted(List<CriterionDto> criteria, Map<String, Integer> scores) {
        double total = 0;
        int weights = 0;
        for (CriterionDto c : criteria) {
            total += c.weight() * (scores.get(c.key()) - 1) * 100.0 / (c.scale() - 1);
            weights += c.weight();
        }
        return Math.round(total / weights * 100) / 100.0;
    }

    private Review own(long reviewId, long reviewerId) {
        return reviews.findById(reviewId).filter(r -> r.reviewerId() == reviewerId)
                .orElseThrow(() -> new NotFoundException("No such review."));
    }

    /** Blind: the answers to questions that do not identify her, and nothing about who she is. */
    private ReviewDto toDto(Review review) {
        Application application = applications.findById(review.applicationId()).orElseThrow();
        Activity activity = activities.findById(review.activityId()).orElseThrow();
        List<QuestionDto> questions = applicationService.questions(review.activityId()).stream()
                .filter(q -> !q.identifying()).toList();
        Map<String, Object> all = applicationService.answersOf(application);
        Map<String, Object> shown = new LinkedHashMap<>();
        questions.forEach(q -> {
            if (all.containsKey(q.key())) {
                shown.put(q.key(), all.get(q.key()));
            }
        });
        return new ReviewDto(Long.toString(review.id()), Long.toString(review.activityId()), activity.title(), questions, shown,
                criteria(review.activityId()), review.scores() == null ? null : documents.read(review.scores(), SCORES),
                review.score(), review.comment(), review.submittedAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
