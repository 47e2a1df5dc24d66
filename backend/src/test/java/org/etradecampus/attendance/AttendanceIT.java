package org.etradecampus.attendance;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.activity.CreateSessionRequest;
import org.etradecampus.activity.SessionDto;
import org.etradecampus.common.Problem;
import org.etradecampus.completion.CompletionRuleDto;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer takes attendance in batches, participants check in with the code, and rates follow BRIEF.md. */
@MicronautTest(transactional = false)
class AttendanceIT {

    @Inject
    Api api;

    Staff manager;
    Staff trainer;
    ActivityDto activity;
    List<String> people;
    List<String> enrolments;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        trainer = api.staff(Role.TRAINER);
        activity = aMasterclass().withSeats(3).create(api, manager.token());
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())), manager.token(),
                Argument.listOf(StaffDto.class));
        people = new ArrayList<>();
        enrolments = new ArrayList<>();
        for (String country : List.of("NP", "BD", "IN", "LK")) {
            String token = api.participant("FEMALE", country);
            people.add(token);
            enrolments.add(api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class).body().id());
        }
    }

    @Test
    void theSheetListsWhoHoldsASeatAndTakesABatchOfMarks() {
        SessionDto session = session(Instant.now().minus(Duration.ofMinutes(10)));

        AttendanceSheetDto empty = api.get(sheet(session), trainer.token(), AttendanceSheetDto.class);
        AttendanceSheetDto marked = api.put(sheet(session), new AttendanceRequest(List.of(
                record(0, AttendanceStatus.PRESENT, null, null),
                record(1, AttendanceStatus.LATE, "Bus from Lalitpur", null),
                record(2, AttendanceStatus.ABSENT, null, null))), trainer.token(), AttendanceSheetDto.class);

        assertEquals(Set.copyOf(enrolments.subList(0, 3)), empty.entries().stream().map(AttendanceEntryDto::enrolmentId)
                .collect(Collectors.toSet()), "the three seated, not the one waiting");
        assertTrue(empty.entries().stream().allMatch(e -> e.status() == null));
        Map<String, AttendanceEntryDto> byId = byEnrolment(marked);
        assertEquals(AttendanceStatus.PRESENT, byId.get(enrolments.get(0)).status());
        assertEquals("Bus from Lalitpur", byId.get(enrolments.get(1)).note());
        assertEquals(AttendanceStatus.ABSENT, byId.get(enrolments.get(2)).status());
        assertEquals(marked, api.get(sheet(session), manager.token(), AttendanceSheetDto.class), "managers see the same sheet");
    }

    @Test
    void theLatestMarkWinsWhateverOrderMarksArriveIn() {
        SessionDto session = session(Instant.now().minus(Duration.ofMinutes(10)));
        Instant earlier = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        Instant later = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);

        mark(session, record(0, AttendanceStatus.PRESENT, null, later));
        AttendanceSheetDto afterOld = mark(session, record(0, AttendanceStatus.ABSENT, null, earlier));
        AttendanceSheetDto afterReplay = mark(session, record(0, AttendanceStatus.PRESENT, null, later));
        AttendanceSheetDto afterFuture = mark(session, record(0, AttendanceStatus.EXCUSED, "Ill", Instant.now().plus(Duration.ofDays(1))));

        assertEquals(AttendanceStatus.PRESENT, byEnrolment(afterOld).get(enrolments.get(0)).status(), "an older mark sent late is ignored");
        assertEquals(later, byEnrolment(afterReplay).get(enrolments.get(0)).markedAt(), "a replay changes nothing");
        AttendanceEntryDto excused = byEnrolment(afterFuture).get(enrolments.get(0));
        assertEquals(AttendanceStatus.EXCUSED, excused.status());
        assertFalse(excused.markedAt().isAfter(Instant.now()), "a phone's clock ahead is brought back to now");
    }

    @Test
    void onlyItsTrainersAndManagersTakeAttendanceAndOnlyForItsSeats() {
        SessionDto session = session(Instant.now().minus(Duration.ofMinutes(10)));
        ActivityDto other = aMasterclass().create(api, manager.token());
        String stranger = api.post("/api/activities/" + other.id() + "/enrolments", "", api.participant("FEMALE", "NP"),
                EnrolmentDto.class).body().id();
        AttendanceRequest one = new AttendanceRequest(List.of(record(0, AttendanceStatus.PRESENT, null, null)));

        api.problem(403, () -> api.put(sheet(session), one, api.staff(Role.TRAINER).token(), AttendanceSheetDto.class));
        api.problem(403, () -> api.get(sheet(session), people.get(0), AttendanceSheetDto.class));
        api.problem(403, () -> api.get(sheet(session), api.staff(Role.MANAGER).token(), AttendanceSheetDto.class));
        api.problem(404, () -> api.get("/api/sessions/987654321/attendance", trainer.token(), AttendanceSheetDto.class));
        Problem foreign = api.problem(400, () -> api.put(sheet(session), new AttendanceRequest(List.of(
                record(0, AttendanceStatus.PRESENT, null, null),
                new AttendanceRecordRequest(stranger, AttendanceStatus.PRESENT, null, null))), trainer.token(), AttendanceSheetDto.class));

        assertEquals("records[1].enrolmentId", foreign.errors().get(0).field());
        assertNull(byEnrolment(api.get(sheet(session), trainer.token(), AttendanceSheetDto.class)).get(enrolments.get(0)).status(),
                "nothing of a refused batch is stored");
    }

    @Test
    void participantsCheckInWithTheCodeShownNow() {
        SessionDto onTime = session(Instant.now().minus(Duration.ofMinutes(5)));
        SessionDto lateOne = session(Instant.now().minus(Duration.ofMinutes(20)));
        CheckInCodeDto code = api.get("/api/sessions/" + onTime.id() + "/check-in-code", trainer.token(), CheckInCodeDto.class);
        CheckInCodeDto lateCode = api.get("/api/sessions/" + lateOne.id() + "/check-in-code", trainer.token(), CheckInCodeDto.class);

        AttendanceEntryDto present = checkIn(onTime, people.get(0), code.code());
        AttendanceEntryDto late = checkIn(lateOne, people.get(1), lateCode.code());
        Problem wrong = api.problem(400, () -> checkIn(onTime, people.get(2), wrongCode(code.code())));

        assertTrue(code.code().matches("\\d{6}"));
        assertTrue(code.changesAt().isAfter(Instant.now()));
        assertEquals(AttendanceStatus.PRESENT, present.status());
        assertTrue(present.selfCheckedIn());
        assertEquals(AttendanceStatus.LATE, late.status(), "after the first quarter hour");
        assertEquals("code", wrong.errors().get(0).field());
        assertEquals(AttendanceStatus.PRESENT, byEnrolment(api.get(sheet(onTime), trainer.token(), AttendanceSheetDto.class))
                .get(enrolments.get(0)).status(), "her check-in is on the trainer's sheet");
        api.problem(404, () -> checkIn(onTime, people.get(3), code.code()));
        api.problem(403, () -> api.get("/api/sessions/" + onTime.id() + "/check-in-code", people.get(0), CheckInCodeDto.class));
    }

    @Test
    void guessingIsSlowedAndTheCodeOnlyWorksAroundTheSession() {
        SessionDto session = session(Instant.now().minus(Duration.ofMinutes(5)));
        SessionDto tomorrow = session(Instant.now().plus(Duration.ofDays(1)));
        String code = api.get("/api/sessions/" + session.id() + "/check-in-code", trainer.token(), CheckInCodeDto.class).code();
        for (int i = 0; i < CheckInThrottle.MAX_WRONG_CODES; i++) {
            api.problem(400, () -> checkIn(session, people.get(0), wrongCode(code)));
        }

        HttpClientResponseException blocked = assertThrows(HttpClientResponseException.class, () -> checkIn(session, people.get(0), code));
        Problem early = api.problem(409, () -> api.get("/api/sessions/" + tomorrow.id() + "/check-in-code", trainer.token(),
                CheckInCodeDto.class));

        assertEquals(429, blocked.getStatus().getCode(), "even the right code waits once she has guessed too often");
        assertTrue(blocked.getResponse().getHeaders().contains("Retry-After"));
        assertEquals("attendance.check-in-closed", early.messageKey());
        assertEquals(AttendanceStatus.PRESENT, checkIn(session, people.get(1), code).status(), "others are not slowed");
        api.problem(409, () -> checkIn(tomorrow, people.get(1), code));
    }

    @Test
    void ratesCountPresentAndLateOverSessionsHeldLeavingExcusedOut() {
        Instant now = Instant.now();
        List<SessionDto> held = List.of(session(now.minus(Duration.ofDays(3))), session(now.minus(Duration.ofDays(2))),
                session(now.minus(Duration.ofDays(1))));
        session(now.plus(Duration.ofDays(1)));
        mark(held.get(0), record(0, AttendanceStatus.PRESENT, null, null), record(1, AttendanceStatus.EXCUSED, null, null),
                record(2, AttendanceStatus.ABSENT, null, null));
        mark(held.get(1), record(0, AttendanceStatus.LATE, null, null), record(1, AttendanceStatus.PRESENT, null, null),
                record(2, AttendanceStatus.ABSENT, null, null));
        mark(held.get(2), record(0, AttendanceStatus.ABSENT, null, null), record(1, AttendanceStatus.PRESENT, null, null));

        ActivityAttendanceDto rates = api.get("/api/activities/" + activity.id() + "/attendance", trainer.token(),
                ActivityAttendanceDto.class);
        api.put("/api/activities/" + activity.id() + "/completion-rule", new CompletionRuleDto(0.6, null), manager.token(),
                CompletionRuleDto.class);
        ActivityAttendanceDto lenient = api.get("/api/activities/" + activity.id() + "/attendance", trainer.token(),
                ActivityAttendanceDto.class);

        assertEquals(3, rates.sessionsHeld());
        assertEquals(4, rates.sessionsPlanned());
        assertEquals(0.75, rates.threshold());
        Map<String, PersonAttendanceDto> person = rates.people().stream()
                .collect(Collectors.toMap(PersonAttendanceDto::enrolmentId, Function.identity()));
        PersonAttendanceDto first = person.get(enrolments.get(0));
        assertEquals(2, first.attended());
        assertEquals(2.0 / 3, first.rate(), 1e-9);
        assertTrue(first.atRisk());
        assertTrue(first.canStillComplete(), "three of four if she comes to the last one");
        assertEquals(1.0, person.get(enrolments.get(1)).rate(), 1e-9, "two of two, the excused one left out");
        PersonAttendanceDto third = person.get(enrolments.get(2));
        assertEquals(0.0, third.rate());
        assertFalse(third.canStillComplete());
        assertEquals(4.0 / 8, rates.rate(), 1e-9);
        assertFalse(lenient.people().stream().filter(p -> p.enrolmentId().equals(enrolments.get(0))).findFirst().orElseThrow()
                .atRisk(), "0.67 clears a 0.6 threshold");
        api.problem(403, () -> api.get("/api/activities/" + activity.id() + "/attendance", people.get(0), ActivityAttendanceDto.class));
        assertEquals("minAttendanceRate", api.problem(400, () -> api.put("/api/activities/" + activity.id() + "/completion-rule",
                new CompletionRuleDto(1.5, null), manager.token(), CompletionRuleDto.class)).errors().get(0).field());
    }

    private AttendanceEntryDto checkIn(SessionDto session, String token, String code) {
        return api.post("/api/sessions/" + session.id() + "/check-in", new CheckInRequest(code), token, AttendanceEntryDto.class).body();
    }

    private static String wrongCode(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private AttendanceSheetDto mark(SessionDto session, AttendanceRecordRequest... records) {
        return api.put(sheet(session), new AttendanceRequest(Arrays.asList(records)), trainer.token(), AttendanceSheetDto.class);
    }

    private AttendanceRecordRequest record(int person, AttendanceStatus status, String note, Instant markedAt) {
        return new AttendanceRecordRequest(enrolments.get(person), status, note, markedAt);
    }

    private SessionDto session(Instant startsAt) {
        return api.post("/api/activities/" + activity.id() + "/sessions", new CreateSessionRequest("Session " + startsAt, startsAt,
                startsAt.plus(Duration.ofHours(2)), "Room A", null, null), trainer.token(), SessionDto.class).body();
    }

    private static String sheet(SessionDto session) {
        return "/api/sessions/" + session.id() + "/attendance";
    }

    private static Map<String, AttendanceEntryDto> byEnrolment(AttendanceSheetDto sheet) {
        return sheet.entries().stream().collect(Collectors.toMap(AttendanceEntryDto::enrolmentId, Function.identity()));
    }
}
