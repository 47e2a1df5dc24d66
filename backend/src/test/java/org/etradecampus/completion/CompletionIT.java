package org.etradecampus.completion;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.activity.CreateSessionRequest;
import org.etradecampus.activity.SessionDto;
import org.etradecampus.attendance.AttendanceRecordRequest;
import org.etradecampus.attendance.AttendanceRequest;
import org.etradecampus.attendance.AttendanceSheetDto;
import org.etradecampus.attendance.AttendanceStatus;
import org.etradecampus.common.Problem;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.enrolment.EnrolmentIT;
import org.etradecampus.enrolment.EnrolmentStatus;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion follows attendance and issues a certificate anyone can verify; trainers may decide instead. */
@MicronautTest(transactional = false)
class CompletionIT {

    static final Argument<List<CompletionDto>> COMPLETIONS = Argument.listOf(CompletionDto.class);

    @Inject
    Api api;

    Staff manager;
    Staff trainer;
    ActivityDto activity;
    List<SessionDto> sessions;
    String awa;
    String karima;
    String awaEnrolment;
    String karimaEnrolment;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        trainer = api.staff(Role.TRAINER);
        activity = aMasterclass().titled("Masterclass Dakar " + System.nanoTime()).create(api, manager.token());
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())), manager.token(),
                Argument.listOf(StaffDto.class));
        Instant now = Instant.now();
        sessions = List.of(session(now.minus(Duration.ofDays(2))), session(now.minus(Duration.ofDays(1))));
        awa = api.signUp(Accounts.aParticipant().speaking("fr"));
        karima = api.participant("FEMALE", "MA");
        awaEnrolment = enrol(awa);
        karimaEnrolment = enrol(karima);
    }

    @Test
    void attendingEnoughCompletesAndIssuesACertificateAnyoneCanVerify() throws IOException {
        mark(0, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        mark(1, AttendanceStatus.LATE, AttendanceStatus.ABSENT);

        Map<String, CompletionDto> completions = completions();
        CompletionDto hers = completions.get(awaEnrolment);
        CertificateDto verified = api.get("/api/certificates/" + hers.certificateCode(), null, CertificateDto.class);
        String raw = api.get("/api/certificates/" + hers.certificateCode(), null, String.class);
        MeDto her = api.get("/api/me", awa, MeDto.class);

        assertTrue(hers.completed());
        assertTrue(hers.automatic());
        assertTrue(hers.certificateCode().matches("[A-Z2-7]{26}"), hers.certificateCode());
        assertFalse(completions.get(karimaEnrolment).completed(), "one of two: below three in four");
        assertNull(completions.get(karimaEnrolment).certificateCode());
        assertEquals(EnrolmentStatus.COMPLETED, api.get("/api/me/enrolments", awa, EnrolmentIT.ENROLMENT_PAGE).items().get(0).status());
        assertTrue(verified.valid());
        assertEquals(her.displayName(), verified.holderName());
        assertEquals(activity.title(), verified.activityTitle());
        assertTrue(verified.verifyUrl().endsWith("/certificates/" + hers.certificateCode()));
        assertFalse(raw.contains(her.email()), "the public answer carries no e-mail");
        assertEquals(List.of(verified), api.get("/api/me/certificates", awa, Argument.listOf(CertificateDto.class)));
        api.problem(404, () -> api.get("/api/certificates/AAAAAAAAAAAAAAAAAAAAAAAAAA", null, CertificateDto.class));
    }

    @Test
    void theCertificatePdfIsInHerLanguageAndCarriesTheAddressThatVerifiesIt() throws IOException {
        mark(0, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        mark(1, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        String code = completions().get(awaEnrolment).certificateCode();
        MeDto her = api.get("/api/me", awa, MeDto.class);

        byte[] pdf = api.exchange(HttpRequest.GET("/api/certificates/" + code + "/pdf").bearerAuth(awa), byte[].class).body();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }

        assertTrue(text.contains("Attestation de réussite"), text);
        assertTrue(text.contains(her.displayName()), text);
        assertTrue(text.contains(activity.title()), text);
        assertTrue(text.contains("/certificates/" + code), text);
        assertNotNull(api.exchange(HttpRequest.GET("/api/certificates/" + code + "/pdf").bearerAuth(trainer.token()), byte[].class).body());
        api.problem(404, () -> api.exchange(HttpRequest.GET("/api/certificates/" + code + "/pdf").bearerAuth(karima), byte[].class));
    }

    @Test
    void aCorrectedMarkTakesTheCompletionBackAndRevokesTheCertificate() {
        mark(0, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        mark(1, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        String code = completions().get(awaEnrolment).certificateCode();

        mark(1, AttendanceStatus.ABSENT, AttendanceStatus.PRESENT);

        CertificateDto revoked = api.get("/api/certificates/" + code, null, CertificateDto.class);
        assertFalse(revoked.valid());
        assertEquals(CompletionService.WITHDRAWN, revoked.revocationReason());
        assertFalse(completions().get(awaEnrolment).completed());
        assertEquals(EnrolmentStatus.ENROLLED, api.get("/api/me/enrolments", awa, EnrolmentIT.ENROLMENT_PAGE).items().get(0).status());
        assertTrue(completions().get(karimaEnrolment).completed(), "hers stands");
    }

    @Test
    void aTrainerDecidesInsteadOfTheRuleUntilTheDecisionIsCleared() {
        mark(0, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
        mark(1, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);

        CompletionDto confirmed = api.put("/api/enrolments/" + karimaEnrolment + "/completion",
                new CompletionOverrideRequest(true, "Followed the sessions online from Rabat"), trainer.token(), CompletionDto.class);
        mark(1, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
        Problem noReason = api.problem(400, () -> api.put("/api/enrolments/" + awaEnrolment + "/completion",
                Map.of("completed", false, "reason", " "), trainer.token(), CompletionDto.class));
        CompletionDto cleared = api.exchange(HttpRequest.DELETE("/api/enrolments/" + karimaEnrolment + "/completion")
                .bearerAuth(trainer.token()), CompletionDto.class).body();

        assertTrue(confirmed.completed());
        assertFalse(confirmed.automatic());
        assertEquals("Followed the sessions online from Rabat", confirmed.reason());
        assertNotNull(confirmed.certificateCode());
        assertTrue(completions().containsKey(karimaEnrolment));
        assertEquals("reason", noReason.errors().get(0).field());
        assertFalse(cleared.completed(), "back to the rule: no attendance, no completion");
        assertFalse(api.get("/api/certificates/" + confirmed.certificateCode(), null, CertificateDto.class).valid());
        api.problem(403, () -> api.put("/api/enrolments/" + karimaEnrolment + "/completion",
                new CompletionOverrideRequest(true, "me"), karima, CompletionDto.class));
        api.problem(403, () -> api.get("/api/activities/" + activity.id() + "/completions", api.staff(Role.TRAINER).token(), COMPLETIONS));
    }

    @Test
    void managersRevokeACertificateWithAReasonThePublicPageShows() {
        mark(0, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        mark(1, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        String code = completions().get(awaEnrolment).certificateCode();

        api.problem(403, () -> api.post("/api/certificates/" + code + "/revoke", new RevokeRequest("no"), awa, CertificateDto.class));
        api.problem(403, () -> api.post("/api/certificates/" + code + "/revoke", new RevokeRequest("no"), trainer.token(),
                CertificateDto.class));
        CertificateDto revoked = api.post("/api/certificates/" + code + "/revoke", new RevokeRequest("Issued to the wrong person"),
                manager.token(), CertificateDto.class).body();

        assertFalse(revoked.valid());
        assertEquals("Issued to the wrong person", api.get("/api/certificates/" + code, null, CertificateDto.class).revocationReason());
        assertEquals("certificate.revoked", api.problem(409, () -> api.post("/api/certificates/" + code + "/revoke",
                new RevokeRequest("again"), manager.token(), CertificateDto.class)).messageKey());
    }

    @Test
    void nobodyCompletesBeforeEverySessionIsHeld() {
        session(Instant.now().plus(Duration.ofDays(1)));
        mark(0, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        mark(1, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);

        assertTrue(completions().values().stream().noneMatch(CompletionDto::completed));
    }

    private Map<String, CompletionDto> completions() {
        return api.get("/api/activities/" + activity.id() + "/completions", trainer.token(), COMPLETIONS).stream()
                .collect(Collectors.toMap(CompletionDto::enrolmentId, Function.identity()));
    }

    private void mark(int session, AttendanceStatus forAwa, AttendanceStatus forKarima) {
        Instant at = Instant.now();
        api.put("/api/sessions/" + sessions.get(session).id() + "/attendance", new AttendanceRequest(List.of(
                new AttendanceRecordRequest(awaEnrolment, forAwa, null, at),
                new AttendanceRecordRequest(karimaEnrolment, forKarima, null, at))), trainer.token(), AttendanceSheetDto.class);
    }

    private SessionDto session(Instant startsAt) {
        return api.post("/api/activities/" + activity.id() + "/sessions", new CreateSessionRequest("Day", startsAt,
                startsAt.plus(Duration.ofHours(3)), "Dakar", null, null), trainer.token(), SessionDto.class).body();
    }

    private String enrol(String token) {
        return api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class).body().id();
    }
}
