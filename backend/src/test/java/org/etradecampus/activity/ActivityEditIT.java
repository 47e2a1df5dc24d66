package org.etradecampus.activity;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Gender;
import org.etradecampus.account.Role;
import org.etradecampus.common.Problem;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.enrolment.EnrolmentIT;
import org.etradecampus.enrolment.EnrolmentStatus;
import org.etradecampus.testing.Activities;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Managers correct an activity after creating it, without disturbing who holds a seat. */
@MicronautTest(transactional = false)
class ActivityEditIT {

    @Inject
    Api api;

    Staff manager;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
    }

    @Test
    void editsAPublishedActivityAndKeepsItsSeatsAndStatus() {
        Activities plan = aMasterclass().withSeats(10);
        ActivityDto activity = plan.create(api, manager.token());
        enrol(activity, api.participant("FEMALE", "NP"));
        EligibilityDto womenInAsia = new EligibilityDto(Set.of(Gender.FEMALE), Set.of(), Set.of("142"), Set.of(), false, false);
        CreateActivityRequest edit = plan.titled("Masterclass Kathmandu, new date").eligibility(womenInAsia).withSeats(12)
                .request(activity.programmeId());

        ActivityDto edited = api.put("/api/activities/" + activity.id(), edit, manager.token(), ActivityDto.class);

        assertEquals(edited, api.get("/api/activities/" + activity.id(), null, ActivityDto.class));
        assertEquals("Masterclass Kathmandu, new date", edited.title());
        assertEquals(womenInAsia, edited.eligibility());
        assertEquals(12, edited.capacity());
        assertEquals(1, edited.enrolled());
        assertEquals(11, edited.seatsLeft());
        assertEquals(ActivityStatus.PUBLISHED, edited.status());
    }

    @Test
    void raisingTheCapacitySeatsTheWaitlistInOrder() {
        Activities plan = aMasterclass().withSeats(1);
        ActivityDto activity = plan.create(api, manager.token());
        enrol(activity, api.participant("FEMALE", "NP"));
        String second = api.participant("FEMALE", "BD");
        String third = api.participant("FEMALE", "IN");
        enrol(activity, second);
        enrol(activity, third);

        ActivityDto edited = api.put("/api/activities/" + activity.id(), plan.withSeats(2).request(activity.programmeId()),
                manager.token(), ActivityDto.class);

        assertEquals(2, edited.enrolled());
        assertEquals(1, edited.waitlisted());
        assertEquals(EnrolmentStatus.ENROLLED, mine(second).status(), "the first in line has the new seat");
        assertEquals(EnrolmentStatus.WAITLISTED, mine(third).status());
        assertEquals(1, mine(third).waitlistPosition());
    }

    @Test
    void theCapacityCannotGoBelowTheSeatsTaken() {
        Activities plan = aMasterclass().withSeats(2);
        ActivityDto activity = plan.create(api, manager.token());
        enrol(activity, api.participant("FEMALE", "NP"));
        enrol(activity, api.participant("FEMALE", "BD"));

        Problem problem = api.problem(409, () -> api.put("/api/activities/" + activity.id(),
                plan.titled("Smaller room").withSeats(1).request(activity.programmeId()), manager.token(), ActivityDto.class));

        assertEquals("activity.capacity-below-seats", problem.messageKey());
        assertEquals("capacity", problem.errors().get(0).field());
        ActivityDto unchanged = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        assertEquals(activity.title(), unchanged.title(), "nothing of a refused edit is stored");
        assertEquals(2, unchanged.capacity());
    }

    @Test
    void theProgrammeAndOncePublishedThePolicyStay() {
        Activities plan = aMasterclass();
        ActivityDto published = plan.create(api, manager.token());
        ActivityDto draft = aMasterclass().draft().create(api, manager.token());
        CreateActivityRequest toApplications = withPolicy(plan.request(published.programmeId()), EnrolmentPolicy.APPLICATION);

        Problem policy = api.problem(409, () -> api.put("/api/activities/" + published.id(), toApplications, manager.token(),
                ActivityDto.class));
        Problem programme = api.problem(400, () -> api.put("/api/activities/" + published.id(),
                plan.request(draft.programmeId()), manager.token(), ActivityDto.class));
        ActivityDto draftNowByApplication = api.put("/api/activities/" + draft.id(),
                withPolicy(aMasterclass().request(draft.programmeId()), EnrolmentPolicy.APPLICATION), manager.token(), ActivityDto.class);

        assertEquals("enrolmentPolicy", policy.errors().get(0).field());
        assertEquals("programmeId", programme.errors().get(0).field());
        assertEquals(EnrolmentPolicy.APPLICATION, draftNowByApplication.enrolmentPolicy());
    }

    @Test
    void closedAndCancelledActivitiesAreNotEdited() {
        Activities plan = aMasterclass();
        ActivityDto activity = plan.create(api, manager.token());
        api.post("/api/activities/" + activity.id() + "/close", "", manager.token(), ActivityDto.class);

        Problem problem = api.problem(409, () -> api.put("/api/activities/" + activity.id(), plan.request(activity.programmeId()),
                manager.token(), ActivityDto.class));

        assertEquals("activity.invalid-state", problem.messageKey());
    }

    @Test
    void onlyItsProgrammesManagersEditIt() {
        Activities plan = aMasterclass();
        ActivityDto activity = plan.create(api, manager.token());
        CreateActivityRequest edit = plan.titled("Hijacked").request(activity.programmeId());
        Staff trainer = api.staff(Role.TRAINER);
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())),
                manager.token(), Argument.listOf(StaffDto.class));

        api.problem(403, () -> api.put("/api/activities/" + activity.id(), edit, api.staff(Role.MANAGER).token(), ActivityDto.class));
        api.problem(403, () -> api.put("/api/activities/" + activity.id(), edit, trainer.token(), ActivityDto.class));
        api.problem(403, () -> api.put("/api/activities/" + activity.id(), edit, api.participant("FEMALE", "NP"), ActivityDto.class));
        api.problem(401, () -> api.put("/api/activities/" + activity.id(), edit, null, ActivityDto.class));
        api.problem(404, () -> api.put("/api/activities/987654321", edit, manager.token(), ActivityDto.class));
        assertEquals(activity.title(), api.get("/api/activities/" + activity.id(), null, ActivityDto.class).title());
    }

    private void enrol(ActivityDto activity, String token) {
        api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class);
    }

    private EnrolmentDto mine(String token) {
        List<EnrolmentDto> items = api.get("/api/me/enrolments", token, EnrolmentIT.ENROLMENT_PAGE).items();
        assertEquals(1, items.size());
        return items.get(0);
    }

    private static CreateActivityRequest withPolicy(CreateActivityRequest r, EnrolmentPolicy policy) {
        return new CreateActivityRequest(r.programmeId(), r.type(), r.title(), r.description(), r.delivery(), r.language(),
                r.countryCode(), r.city(), r.regionCode(), r.startDate(), r.endDate(), r.timeZone(), r.capacity(), policy,
                r.enrolmentOpensAt(), r.enrolmentClosesAt(), r.eligibility(), r.tags());
    }
}
