package org.etradecampus.enrolment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class ManagerEnrolmentIT {

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    String manager;

    @BeforeEach
    void setUp() {
        manager = api.loginAsAdmin().accessToken();
    }

    @Test
    void aManagerEnrolsSomeoneDirectlyAndWaitlistsWhenFull() {
        ActivityDto activity = aMasterclass().withSeats(1).forWomenOnly().create(api, manager);

        EnrolmentDto first = direct(activity, person(), null, null);
        EnrolmentDto second = direct(activity, person(), null, null);

        assertEquals(EnrolmentStatus.ENROLLED, first.status(), "no eligibility check for a manager's choice");
        assertEquals(EnrolmentStatus.WAITLISTED, second.status());
        assertEquals(1, second.waitlistPosition());
    }

    @Test
    void seatsBeyondCapacityOnlyWithAnOverrideAndAReason() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        direct(activity, person(), null, null);

        Problem noReason = api.problem(400, () -> direct(activity, person(), true, " "));
        EnrolmentDto extra = direct(activity, person(), true, "Speaker at the closing session");

        assertEquals("reason", noReason.errors().get(0).field());
        assertEquals(EnrolmentStatus.ENROLLED, extra.status());
        ActivityDto after = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        assertEquals(2, after.enrolled());
        assertEquals(0, after.seatsLeft());
    }

    @Test
    void givesAWaitlistedPersonASeatAheadOfTheQueueOnlyWithAnOverrideWhenFull() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        direct(activity, person(), null, null);
        direct(activity, person(), null, null);
        EnrolmentDto third = direct(activity, person(), null, null);

        Problem full = api.problem(409, () -> api.post("/api/enrolments/" + third.id() + "/promote", "{}", manager, EnrolmentDto.class));
        EnrolmentDto promoted = api.post("/api/enrolments/" + third.id() + "/promote",
                new ManagerEnrolmentRequest(null, null, true, "Funded by the partner"), manager, EnrolmentDto.class).body();

        assertEquals("enrolment.full", full.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, promoted.status());
        assertEquals(1, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).waitlisted());
    }

    @Test
    void movingSomeoneToTheWaitlistGivesHerSeatToTheFirstWaiting() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        EnrolmentDto seated = direct(activity, person(), null, null);
        EnrolmentDto waiting = direct(activity, person(), null, null);

        EnrolmentDto moved = api.post("/api/enrolments/" + seated.id() + "/waitlist", "", manager, EnrolmentDto.class).body();

        assertEquals(EnrolmentStatus.WAITLISTED, moved.status());
        assertEquals(1, moved.waitlistPosition(), "she joins the end of the queue, now empty but for her");
        assertEquals(Map.of(waiting.id(), EnrolmentStatus.ENROLLED, seated.id(), EnrolmentStatus.WAITLISTED), statuses(activity));
        ActivityDto after = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        assertEquals(1, after.enrolled());
        assertEquals(1, after.waitlisted());
    }

    @Test
    void aSeatFreedWhilePeopleWaitIsTheirsNotANewcomers() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        EnrolmentDto seated = direct(activity, person(), null, null);
        api.post("/api/enrolments/" + seated.id() + "/waitlist", "", manager, EnrolmentDto.class);

        EnrolmentDto newcomer = api.post("/api/activities/" + activity.id() + "/enrolments", "",
                api.participant("FEMALE", "NP"), EnrolmentDto.class).body();
        EnrolmentDto seatedAgain = api.post("/api/enrolments/" + seated.id() + "/promote", "{}", manager, EnrolmentDto.class).body();

        assertEquals(EnrolmentStatus.WAITLISTED, newcomer.status());
        assertEquals(2, newcomer.waitlistPosition());
        assertEquals(EnrolmentStatus.ENROLLED, seatedAgain.status(), "the held seat needs no override");
    }

    @Test
    void onlySomeoneHoldingASeatMovesToTheWaitlist() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        direct(activity, person(), null, null);
        EnrolmentDto waiting = direct(activity, person(), null, null);

        Problem problem = api.problem(409, () -> api.post("/api/enrolments/" + waiting.id() + "/waitlist", "", manager,
                EnrolmentDto.class));

        assertEquals("enrolment.not-seated", problem.messageKey());
        api.problem(404, () -> api.post("/api/enrolments/987654321/waitlist", "", manager, EnrolmentDto.class));
    }

    @Test
    void onlyTheActivitysManagersMoveItsParticipants() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        String participant = api.participant("FEMALE", "NP");
        EnrolmentDto seated = api.post("/api/activities/" + activity.id() + "/enrolments", "", participant, EnrolmentDto.class).body();

        api.problem(403, () -> api.post("/api/enrolments/" + seated.id() + "/waitlist", "", participant, EnrolmentDto.class));
        api.problem(403, () -> api.post("/api/enrolments/" + seated.id() + "/waitlist", "", api.staff(Role.MANAGER).token(),
                EnrolmentDto.class));
        assertEquals(Map.of(seated.id(), EnrolmentStatus.ENROLLED), statuses(activity));
    }

    @Test
    void aManagerNamesThePersonByTheEmailOfHerAccount() {
        ActivityDto activity = aMasterclass().withSeats(5).create(api, manager);
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        String path = "/api/activities/" + activity.id() + "/enrolments/direct";

        EnrolmentDto byEmail = api.post(path, new ManagerEnrolmentRequest(null, amina.email().toUpperCase(), null, null), manager,
                EnrolmentDto.class).body();
        Problem unknown = api.problem(400, () -> api.post(path,
                new ManagerEnrolmentRequest(null, "nobody-" + amina.email(), null, null), manager, EnrolmentDto.class));
        Problem neither = api.problem(400, () -> api.post(path, new ManagerEnrolmentRequest(null, null, null, null), manager,
                EnrolmentDto.class));
        Problem both = api.problem(400, () -> api.post(path, new ManagerEnrolmentRequest(person(), amina.email(), null, null),
                manager, EnrolmentDto.class));

        assertEquals(EnrolmentStatus.ENROLLED, byEmail.status());
        assertEquals("enrolment.no-such-account", unknown.errors().get(0).messageKey());
        assertEquals("email", unknown.errors().get(0).field());
        assertEquals("email", neither.errors().get(0).field());
        assertEquals("userId", both.errors().get(0).field());
        assertEquals(1, statuses(activity).size(), "nothing stored for the refused requests");
    }

    @Test
    void participantsCannotDoIt() {
        ActivityDto activity = aMasterclass().create(api, manager);
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        String token = api.login(amina.email(), amina.password()).accessToken();

        api.problem(403, () -> api.post("/api/activities/" + activity.id() + "/enrolments/direct",
                new ManagerEnrolmentRequest(person(), null, true, "me"), token, EnrolmentDto.class));
    }

    private EnrolmentDto direct(ActivityDto activity, String userId, Boolean over, String reason) {
        return api.post("/api/activities/" + activity.id() + "/enrolments/direct", new ManagerEnrolmentRequest(userId, null, over, reason),
                manager, EnrolmentDto.class).body();
    }

    private Map<String, EnrolmentStatus> statuses(ActivityDto activity) {
        return api.get("/api/activities/" + activity.id() + "/enrolments?size=100", manager, RosterDto.class).page().items().stream()
                .collect(Collectors.toMap(RosterEntryDto::enrolmentId, RosterEntryDto::status));
    }

    private String person() {
        Accounts account = aParticipant();
        return auth.register(account.registration()).body().id();
    }
}
