package org.etradecampus.application;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.EligibilityDto;
import org.etradecampus.common.Problem;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.enrolment.EnrolmentIT;
import org.etradecampus.enrolment.EnrolmentStatus;
import org.etradecampus.testing.Activities;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Screening, the manager's list, and decisions that seat people without exceeding capacity. */
@MicronautTest(transactional = false)
class SelectionIT {

    @Inject
    Api api;

    Staff manager;
    Activities plan;
    ActivityDto activity;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        plan = aMasterclass().byApplication().withSeats(2);
        activity = plan.create(api, manager.token());
        api.put("/api/activities/" + activity.id() + "/application-form", Forms.everyType(), manager.token(),
                ApplicationFormDto.class);
    }

    @Test
    void listsFilterInTheDatabaseAndCountByStatus() {
        ApplicationDto nepal = apply(api.participant("FEMALE", "NP"));
        ApplicationDto senegal = apply(api.participant("FEMALE", "SN"));
        ApplicationDto india = apply(api.participant("MALE", "IN"));
        api.put(applicationPath(), new SaveApplicationRequest(Map.of("plan", "not sent")), api.participant("FEMALE", "NP"),
                ApplicationDto.class);

        assertEquals(List.of(nepal.id(), senegal.id(), india.id()), ids(list("")), "drafts are hers alone; oldest first");
        assertEquals(List.of(nepal.id(), india.id()), ids(list("region=034")), "Southern Asia");
        assertEquals(List.of(senegal.id()), ids(list("country=SN")));
        assertEquals(List.of(nepal.id(), senegal.id()), ids(list("gender=FEMALE")));
        assertEquals(Map.of(ApplicationStatus.APPLIED, 3L), list("").countsByStatus());
        ApplicationRowDto row = list("country=SN").page().items().get(0);
        assertEquals("SN", row.countryCode());
        assertEquals(0, row.reviews());
        api.problem(403, () -> api.get("/api/activities/" + activity.id() + "/applications", api.staff(Role.MANAGER).token(),
                ApplicationListDto.class));
        api.problem(403, () -> api.get("/api/activities/" + activity.id() + "/applications", api.participant("FEMALE", "NP"),
                ApplicationListDto.class));
    }

    @Test
    void screeningRecordsWhyAnApplicationFailsAndDropsNothingElse() {
        ApplicationDto amina = apply(api.participant("FEMALE", "NP"));
        ApplicationDto karim = apply(api.participant("MALE", "NP"));
        api.put("/api/activities/" + activity.id(), plan.eligibility(new EligibilityDto(Set.of(org.etradecampus.account.Gender.FEMALE),
                Set.of(), Set.of(), Set.of(), false, false)).request(activity.programmeId()), manager.token(), ActivityDto.class);

        ScreeningResultDto result = api.post("/api/activities/" + activity.id() + "/applications/screen", "", manager.token(),
                ScreeningResultDto.class).body();

        assertEquals(new ScreeningResultDto(2, 1), result);
        ApplicationRowDto out = list("status=SCREENED_OUT").page().items().get(0);
        assertEquals(karim.id(), out.id());
        assertTrue(out.screeningReason().contains("FEMALE"), out.screeningReason());
        assertEquals(List.of(amina.id()), ids(list("status=APPLIED")));
    }

    @Test
    void acceptedApplicantsAreEnrolledAndNeverBeyondCapacity() {
        String first = api.participant("FEMALE", "NP");
        String second = api.participant("FEMALE", "BD");
        String third = api.participant("FEMALE", "IN");
        ApplicationDto a = apply(first);
        ApplicationDto b = apply(second);
        ApplicationDto c = apply(third);

        DecisionResultDto accepted = decide(Set.of(a.id(), b.id()), Decision.ACCEPT);
        Problem full = api.problem(409, () -> decide(Set.of(c.id()), Decision.ACCEPT));
        decide(Set.of(c.id()), Decision.WAITLIST);

        assertEquals(new DecisionResultDto(2, 0), accepted);
        assertEquals("application.over-capacity", full.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, enrolment(first).status());
        assertEquals(EnrolmentStatus.WAITLISTED, enrolment(third).status());
        assertEquals(Map.of(ApplicationStatus.ACCEPTED, 2L, ApplicationStatus.WAITLISTED, 1L), list("").countsByStatus());

        api.post("/api/applications/" + a.id() + "/withdraw", "", first, ApplicationDto.class);

        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment(first).status());
        assertEquals(EnrolmentStatus.ENROLLED, enrolment(third).status(), "the waitlisted applicant has the freed seat");
        ActivityDto counts = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        assertEquals(2, counts.enrolled());
        assertEquals(0, counts.waitlisted());
    }

    @Test
    void aBatchIsDecidedWhollyOrNotAtAll() {
        ApplicationDto a = apply(api.participant("FEMALE", "NP"));
        ApplicationDto b = apply(api.participant("FEMALE", "BD"));
        ApplicationDto c = apply(api.participant("FEMALE", "IN"));
        String draftOnly = api.participant("FEMALE", "LK");
        ApplicationDto draft = api.put(applicationPath(), new SaveApplicationRequest(Map.of()), draftOnly, ApplicationDto.class);

        api.problem(409, () -> decide(Set.of(a.id(), b.id(), c.id()), Decision.ACCEPT));
        Problem notSent = api.problem(409, () -> decide(Set.of(a.id(), draft.id()), Decision.REJECT));
        Problem foreign = api.problem(400, () -> decide(Set.of(a.id(), "987654321"), Decision.REJECT));

        assertEquals("application.not-decidable", notSent.messageKey());
        assertEquals("applicationIds", foreign.errors().get(0).field());
        assertEquals(Map.of(ApplicationStatus.APPLIED, 3L), list("").countsByStatus(), "nothing was decided");
        assertEquals(0, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).enrolled());
        assertEquals(new DecisionResultDto(3, 2), decide(Set.of(a.id(), b.id(), c.id()), Decision.REJECT));
    }

    private DecisionResultDto decide(Set<String> ids, Decision decision) {
        return api.post("/api/activities/" + activity.id() + "/applications/decisions", new DecisionRequest(ids, decision),
                manager.token(), DecisionResultDto.class).body();
    }

    private ApplicationListDto list(String query) {
        return api.get("/api/activities/" + activity.id() + "/applications?sort=submitted&" + query, manager.token(),
                ApplicationListDto.class);
    }

    private static List<String> ids(ApplicationListDto list) {
        return list.page().items().stream().map(ApplicationRowDto::id).toList();
    }

    private EnrolmentDto enrolment(String token) {
        return api.get("/api/me/enrolments?activityId=" + activity.id(), token, EnrolmentIT.ENROLMENT_PAGE).items().get(0);
    }

    private ApplicationDto apply(String token) {
        api.put(applicationPath(), new SaveApplicationRequest(ApplicationIT.COMPLETE), token, ApplicationDto.class);
        return api.post(applicationPath() + "/submit", "", token, ApplicationDto.class).body();
    }

    private String applicationPath() {
        return "/api/activities/" + activity.id() + "/application";
    }
}
