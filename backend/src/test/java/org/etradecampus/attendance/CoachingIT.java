package org.etradecampus.attendance;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.activity.CreateSessionRequest;
import org.etradecampus.activity.SessionDto;
import org.etradecampus.common.Problem;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Coaching sessions of an accelerator cohort: held with one SME, counted for her alone, notes for coaches only. */
@MicronautTest(transactional = false)
class CoachingIT {

    static final Argument<List<SessionDto>> SESSIONS = Argument.listOf(SessionDto.class);

    @Inject
    Api api;

    Staff manager;
    Staff coach;
    ActivityDto cohort;
    String amina;
    String rosa;
    String aminaEnrolment;
    String rosaEnrolment;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        coach = api.staff(Role.TRAINER);
        cohort = aMasterclass().ofType(ActivityType.ACCELERATOR_COHORT).create(api, manager.token());
        api.put("/api/activities/" + cohort.id() + "/trainers", new AssignTrainersRequest(Set.of(coach.id())), manager.token(),
                Argument.listOf(StaffDto.class));
        amina = api.participant("FEMALE", "NG");
        rosa = api.participant("FEMALE", "DO");
        aminaEnrolment = enrol(amina);
        rosaEnrolment = enrol(rosa);
    }

    @Test
    void aCoachingSessionCountsOnlyForItsSmeAndItsNotesStayWithCoaches() {
        Instant earlier = Instant.now().minus(Duration.ofHours(5));
        SessionDto group = session(new CreateSessionRequest("Market linkage day", earlier, earlier.plus(Duration.ofHours(2)), "Lagos",
                null, null));
        SessionDto coaching = session(new CreateSessionRequest("Coaching: export plan", earlier.plus(Duration.ofHours(3)),
                earlier.plus(Duration.ofHours(4)), "https://meet.example.org/c1", userId(amina), "Needs a customs broker"));
        api.put(sheet(group), new AttendanceRequest(List.of(mark(aminaEnrolment), mark(rosaEnrolment))), coach.token(),
                AttendanceSheetDto.class);
        AttendanceSheetDto oneToOne = api.put(sheet(coaching), new AttendanceRequest(List.of(mark(aminaEnrolment))), coach.token(),
                AttendanceSheetDto.class);
        Problem notHers = api.problem(400, () -> api.put(sheet(coaching), new AttendanceRequest(List.of(mark(rosaEnrolment))),
                coach.token(), AttendanceSheetDto.class));

        Map<String, PersonAttendanceDto> rates = api.get("/api/activities/" + cohort.id() + "/attendance", coach.token(),
                ActivityAttendanceDto.class).people().stream().collect(Collectors.toMap(PersonAttendanceDto::enrolmentId, p -> p));
        List<SessionDto> forCoach = api.get(sessionsPath(), coach.token(), SESSIONS);
        List<SessionDto> forAmina = api.get(sessionsPath(), amina, SESSIONS);
        List<SessionDto> forRosa = api.get(sessionsPath(), rosa, SESSIONS);
        List<SessionDto> forAnyone = api.get(sessionsPath(), null, SESSIONS);

        assertEquals(List.of(aminaEnrolment), oneToOne.entries().stream().map(AttendanceEntryDto::enrolmentId).toList());
        assertEquals("records[0].enrolmentId", notHers.errors().get(0).field());
        assertEquals(2, rates.get(aminaEnrolment).held());
        assertEquals(1.0, rates.get(aminaEnrolment).rate());
        assertEquals(1, rates.get(rosaEnrolment).held(), "Amina's coaching session is not one Rosa missed");
        assertEquals(1.0, rates.get(rosaEnrolment).rate());
        assertEquals("Needs a customs broker", forCoach.get(1).coachNotes());
        assertEquals(List.of(group.id(), coaching.id()), forAmina.stream().map(SessionDto::id).toList());
        assertNull(forAmina.get(1).coachNotes(), "the notes are for coaches and managers");
        assertEquals(List.of(group.id()), forRosa.stream().map(SessionDto::id).toList());
        assertEquals(List.of(group.id()), forAnyone.stream().map(SessionDto::id).toList());
    }

    @Test
    void coachingSessionsAreForSmesHoldingASeatInAnAcceleratorCohort() {
        Instant later = Instant.now().plus(Duration.ofDays(2));
        ActivityDto masterclass = aMasterclass().create(api, manager.token());
        Problem notAccelerator = api.problem(400, () -> api.post("/api/activities/" + masterclass.id() + "/sessions",
                new CreateSessionRequest("1:1", later, later.plusSeconds(3600), null, userId(amina), null), manager.token(),
                SessionDto.class));
        Problem stranger = api.problem(400, () -> session(new CreateSessionRequest("1:1", later, later.plusSeconds(3600), null,
                userId(api.participant("FEMALE", "KE")), null)));

        assertEquals("activity.coaching-accelerator-only", notAccelerator.errors().get(0).messageKey());
        assertEquals("activity.coachee-not-enrolled", stranger.errors().get(0).messageKey());
    }

    @Test
    void aCoachingSessionStaysCorrectableAfterItsSmeLeaves() {
        Instant earlier = Instant.now().minus(Duration.ofDays(1));
        SessionDto coaching = session(new CreateSessionRequest("Coaching", earlier, earlier.plusSeconds(3600), null, userId(rosa),
                "First call"));
        api.post("/api/enrolments/" + rosaEnrolment + "/withdraw", "", rosa, EnrolmentDto.class);

        SessionDto corrected = api.put("/api/sessions/" + coaching.id(), new CreateSessionRequest("Coaching: pricing", earlier,
                earlier.plusSeconds(3600), null, userId(rosa), "First call; pricing sheet sent"), coach.token(), SessionDto.class);
        Problem another = api.problem(400, () -> api.post(sessionsPath(), new CreateSessionRequest("Coaching again",
                earlier.plus(Duration.ofDays(3)), earlier.plus(Duration.ofDays(3)).plusSeconds(3600), null, userId(rosa), null),
                coach.token(), SessionDto.class));

        assertEquals("First call; pricing sheet sent", corrected.coachNotes());
        assertEquals("activity.coachee-not-enrolled", another.errors().get(0).messageKey(), "no new session with someone who left");
    }

    private String enrol(String token) {
        return api.post("/api/activities/" + cohort.id() + "/enrolments", "", token, EnrolmentDto.class).body().id();
    }

    private String userId(String token) {
        return api.get("/api/me", token, MeDto.class).id();
    }

    private SessionDto session(CreateSessionRequest request) {
        return api.post(sessionsPath(), request, coach.token(), SessionDto.class).body();
    }

    private String sessionsPath() {
        return "/api/activities/" + cohort.id() + "/sessions";
    }

    private static AttendanceRecordRequest mark(String enrolmentId) {
        return new AttendanceRecordRequest(enrolmentId, AttendanceStatus.PRESENT, null, null);
    }

    private static String sheet(SessionDto session) {
        return "/api/sessions/" + session.id() + "/attendance";
    }
}
