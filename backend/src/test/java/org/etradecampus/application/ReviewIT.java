package org.etradecampus.application;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.review.AssignReviewersRequest;
import org.etradecampus.review.CriterionDto;
import org.etradecampus.review.ReviewAssignmentRequest;
import org.etradecampus.review.ReviewAssignmentResultDto;
import org.etradecampus.review.ReviewDto;
import org.etradecampus.review.ReviewerProgressDto;
import org.etradecampus.review.RubricDto;
import org.etradecampus.review.ScoreRequest;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rubric, reviewers sharing the applications out evenly, blind scoring, and the ranking it gives. */
@MicronautTest(transactional = false)
public class ReviewIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Argument<PageDto<ReviewDto>> REVIEW_PAGE = (Argument) Argument.of(PageDto.class, ReviewDto.class);
    static final Argument<List<ReviewerProgressDto>> PROGRESS = Argument.listOf(ReviewerProgressDto.class);
    static final RubricDto RUBRIC = new RubricDto(List.of(
            new CriterionDto("potential", new LocalizedText("Export potential", "Potentiel d'exportation", null), 2, 5),
            new CriterionDto("readiness", new LocalizedText("Digital readiness", null, null), 1, 5)));

    @Inject
    Api api;

    Staff manager;
    ActivityDto activity;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        activity = aMasterclass().byApplication().withSeats(5).create(api, manager.token());
        api.put(path("/application-form"), Forms.everyType(), manager.token(), ApplicationFormDto.class);
        api.put(path("/rubric"), RUBRIC, manager.token(), RubricDto.class);
    }

    @Test
    void applicationsAreSharedOutEvenlyEachToDifferentReviewers() {
        List<Staff> reviewers = List.of(api.staff(Role.TRAINER), api.staff(Role.TRAINER), api.staff(Role.MANAGER));
        name(reviewers);
        for (int i = 0; i < 10; i++) {
            apply(api.participant("FEMALE", "NP"));
        }

        ReviewAssignmentResultDto first = assign(2);
        ReviewAssignmentResultDto again = assign(2);
        apply(api.participant("FEMALE", "BD"));
        ReviewAssignmentResultDto later = assign(2);

        assertEquals(new ReviewAssignmentResultDto(10, 20), first);
        assertEquals(new ReviewAssignmentResultDto(0, 0), again, "nothing is given twice");
        assertEquals(new ReviewAssignmentResultDto(1, 2), later);
        List<Long> loads = api.get(path("/reviewers"), manager.token(), PROGRESS).stream().map(ReviewerProgressDto::assigned).toList();
        assertEquals(22, loads.stream().mapToLong(Long::longValue).sum());
        assertTrue(loads.stream().allMatch(n -> n == 7 || n == 8), "balanced: " + loads);
        Map<String, Long> perApplication = reviewers.stream().flatMap(r -> pending(r).stream())
                .collect(Collectors.groupingBy(this::fingerprint, Collectors.counting()));
        assertEquals(11, perApplication.size());
        assertTrue(perApplication.values().stream().allMatch(n -> n == 2), "two different reviewers each: " + perApplication);
        assertEquals("reviewsPerApplication", api.problem(400, () -> assign(4)).errors().get(0).field());
    }

    @Test
    void aReviewerSeesNothingThatIdentifiesTheApplicant() {
        Staff reviewer = api.staff(Role.TRAINER);
        name(List.of(reviewer));
        String amina = api.participant("FEMALE", "NP");
        MeDto her = api.get("/api/me", amina, MeDto.class);
        apply(amina);
        assign(1);

        ReviewDto review = pending(reviewer).get(0);
        String seen = api.get("/api/reviews/" + review.id(), reviewer.token(), String.class)
                + api.get("/api/me/reviews", reviewer.token(), String.class);

        assertTrue(seen.contains("Sell to Europe"), "the answers that do not identify her are shown");
        for (String identifying : List.of(her.displayName(), her.email(), "Kathmandu Pashmina", "pashmina.example.org", "userId",
                "applicationId", "\"businessName\"")) {
            assertFalse(seen.contains(identifying), "the review shows " + identifying + ": " + seen);
        }
        assertFalse(review.questions().stream().anyMatch(QuestionDto::identifying));
        api.problem(404, () -> api.get("/api/reviews/" + review.id(), api.staff(Role.TRAINER).token(), ReviewDto.class));
    }

    @Test
    void scoresGiveTheMeanAndTheSpreadThatRankTheApplications() {
        List<Staff> reviewers = List.of(api.staff(Role.TRAINER), api.staff(Role.TRAINER));
        name(reviewers);
        ApplicationDto strong = apply(api.participant("FEMALE", "NP"));
        ApplicationDto weak = apply(api.participant("FEMALE", "IN"));
        assign(2);
        Map<String, Map<String, Integer>> firstScores = Map.of("Strong", Map.of("potential", 5, "readiness", 5),
                "Weak", Map.of("potential", 2, "readiness", 1));
        Map<String, Map<String, Integer>> secondScores = Map.of("Strong", Map.of("potential", 5, "readiness", 3),
                "Weak", Map.of("potential", 1, "readiness", 1));
        scoreAll(reviewers.get(0), firstScores, strong.id());
        scoreAll(reviewers.get(1), secondScores, strong.id());
        ApplicationDto unreviewed = apply(api.participant("FEMALE", "BD"));

        List<ApplicationRowDto> ranked = api.get(path("/applications?sort=score"), manager.token(), ApplicationListDto.class)
                .page().items();

        assertEquals(List.of(strong.id(), weak.id(), unreviewed.id()), ranked.stream().map(ApplicationRowDto::id).toList(),
                "best mean first, unreviewed last");
        assertEquals(null, ranked.get(2).meanScore());
        assertEquals(2, ranked.get(0).reviews());
        assertEquals(91.67, ranked.get(0).meanScore(), 0.01, "(100 + 83.33) / 2");
        assertEquals(16.67, ranked.get(0).scoreSpread(), 0.01);
        assertEquals(8.33, ranked.get(1).meanScore(), 0.01, "(16.67 + 0) / 2");
        assertEquals(List.of(2L, 2L), api.get(path("/reviewers"), manager.token(), PROGRESS).stream()
                .map(ReviewerProgressDto::completed).toList());
        assertEquals(2, api.get("/api/me/reviews?pending=false", reviewers.get(0).token(), REVIEW_PAGE).total(), "the scored ones");
        assertEquals(0, api.get("/api/me/reviews?pending=true", reviewers.get(0).token(), REVIEW_PAGE).total());
    }

    @Test
    void everyCriterionIsScoredWithinItsScale() {
        Staff reviewer = api.staff(Role.TRAINER);
        name(List.of(reviewer));
        apply(api.participant("FEMALE", "NP"));
        assign(1);
        ReviewDto review = pending(reviewer).get(0);
        Map<String, Integer> wrong = new HashMap<>(Map.of("potential", 6, "charm", 3));

        Problem problem = api.problem(400, () -> api.put("/api/reviews/" + review.id(), new ScoreRequest(wrong, null),
                reviewer.token(), ReviewDto.class));

        assertEquals(Set.of("scores.potential", "scores.readiness", "scores.charm"),
                problem.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet()));
        api.problem(404, () -> api.put("/api/reviews/" + review.id(), new ScoreRequest(Map.of("potential", 3, "readiness", 3), null),
                api.staff(Role.TRAINER).token(), ReviewDto.class));
    }

    @Test
    void theRubricIsTheManagersAndFixedOnceScoringStarts() {
        Staff reviewer = api.staff(Role.TRAINER);
        name(List.of(reviewer));
        apply(api.participant("FEMALE", "NP"));
        assign(1);
        ReviewDto review = pending(reviewer).get(0);

        assertEquals(RUBRIC, api.get(path("/rubric"), reviewer.token(), RubricDto.class), "reviewers read it");
        api.problem(403, () -> api.get(path("/rubric"), api.participant("FEMALE", "NP"), RubricDto.class));
        api.problem(403, () -> api.put(path("/rubric"), RUBRIC, reviewer.token(), RubricDto.class));
        api.put("/api/reviews/" + review.id(), new ScoreRequest(Map.of("potential", 3, "readiness", 3), "Promising"),
                reviewer.token(), ReviewDto.class);
        Problem locked = api.problem(409, () -> api.put(path("/rubric"), new RubricDto(List.of()), manager.token(), RubricDto.class));

        assertEquals("review.rubric-locked", locked.messageKey());
    }

    @Test
    void reviewersAreTrainersOrManagers() {
        String participant = api.participant("FEMALE", "NP");
        String participantId = api.get("/api/me", participant, MeDto.class).id();

        Problem problem = api.problem(400, () -> api.put(path("/reviewers"), new AssignReviewersRequest(Set.of(participantId)),
                manager.token(), PROGRESS));

        assertEquals("userIds", problem.errors().get(0).field());
        api.problem(403, () -> api.put(path("/reviewers"), new AssignReviewersRequest(Set.of()), api.staff(Role.MANAGER).token(),
                PROGRESS));
    }

    @Test
    void aDecidedApplicationIsNoLongerScored() {
        Staff reviewer = api.staff(Role.TRAINER);
        name(List.of(reviewer));
        ApplicationDto application = apply(api.participant("FEMALE", "NP"));
        assign(1);
        ReviewDto review = pending(reviewer).get(0);
        api.post(path("/applications/decisions"), new DecisionRequest(Set.of(application.id()), Decision.ACCEPT), manager.token(),
                DecisionResultDto.class);

        Problem closed = api.problem(409, () -> api.put("/api/reviews/" + review.id(),
                new ScoreRequest(Map.of("potential", 3, "readiness", 3), null), reviewer.token(), ReviewDto.class));

        assertEquals("review.closed", closed.messageKey());
        assertEquals(0, api.get("/api/me/reviews?pending=true", reviewer.token(), REVIEW_PAGE).total());
    }

    private void scoreAll(Staff reviewer, Map<String, Map<String, Integer>> scores, String strongId) {
        for (ReviewDto review : pending(reviewer)) {
            boolean strong = "Sell to Europe".equals(review.answers().get("plan"));
            api.put("/api/reviews/" + review.id(), new ScoreRequest(scores.get(strong ? "Strong" : "Weak"), null), reviewer.token(),
                    ReviewDto.class);
        }
    }

    private List<ReviewDto> pending(Staff reviewer) {
        return api.get("/api/me/reviews?pending=true&size=100&activityId=" + activity.id(), reviewer.token(), REVIEW_PAGE).items();
    }

    /** Reviews of one application carry the same answers; the plan answer is unique per applicant here. */
    private String fingerprint(ReviewDto review) {
        return String.valueOf(review.answers().get("plan"));
    }

    private void name(List<Staff> reviewers) {
        api.put(path("/reviewers"), new AssignReviewersRequest(reviewers.stream().map(Staff::id).collect(Collectors.toSet())),
                manager.token(), PROGRESS);
    }

    private ReviewAssignmentResultDto assign(int perApplication) {
        return api.post(path("/review-assignments"), new ReviewAssignmentRequest(perApplication), manager.token(),
                ReviewAssignmentResultDto.class).body();
    }

    private ApplicationDto apply(String token) {
        Map<String, Object> answers = new HashMap<>(ApplicationIT.COMPLETE);
        answers.put("plan", applied.isEmpty() ? "Sell to Europe" : "Plan " + applied.size());
        applied.add(token);
        api.put(path("/application"), new SaveApplicationRequest(answers), token, ApplicationDto.class);
        return api.post(path("/application/submit"), "", token, ApplicationDto.class).body();
    }

    private final List<String> applied = new ArrayList<>();

    private String path(String rest) {
        return "/api/activities/" + activity.id() + rest;
    }
}
