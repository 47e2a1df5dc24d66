package org.etradecampus.enrolment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
                new ManagerEnrolmentRequest(null, true, "Funded by the partner"), manager, EnrolmentDto.class).body();

        assertEquals("enrolment.full", full.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, promoted.status());
        assertEquals(1, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).waitlisted());
    }

    @Test
    void participantsCannotDoIt() {
        ActivityDto activity = aMasterclass().create(api, manager);
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        String token = api.login(amina.email(), amina.password()).accessToken();

        api.problem(403, () -> api.post("/api/activities/" + activity.id() + "/enrolments/direct",
                new ManagerEnrolmentRequest(person(), true, "me"), token, EnrolmentDto.class));
    }

    private EnrolmentDto direct(ActivityDto activity, String userId, Boolean over, String reason) {
        return api.post("/api/activities/" + activity.id() + "/enrolments/direct", new ManagerEnrolmentRequest(userId, over, reason),
                manager, EnrolmentDto.class).body();
    }

    private String person() {
        Accounts account = aParticipant();
        return auth.register(account.registration()).body().id();
    }
}
