package org.etradecampus.enrolment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
public class EnrolmentIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Argument<PageDto<EnrolmentDto>> ENROLMENT_PAGE = (Argument) Argument.of(PageDto.class, EnrolmentDto.class);

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
    void enrolsUntilFullThenWaitlistsInOrder() {
        ActivityDto activity = aMasterclass().withSeats(2).create(api, manager);

        List<EnrolmentDto> answers = List.of(enrol(activity, participant("FEMALE", "NP")), enrol(activity, participant("FEMALE", "BD")),
                enrol(activity, participant("FEMALE", "IN")), enrol(activity, participant("MALE", "LK")));

        assertEquals(List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.WAITLISTED),
                answers.stream().map(EnrolmentDto::status).toList());
        assertEquals(java.util.Arrays.asList(null, null, 1, 2), answers.stream().map(EnrolmentDto::waitlistPosition).toList());
        ActivityDto after = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        assertEquals(0, after.seatsLeft());
        assertEquals(2, after.enrolled());
        assertEquals(2, after.waitlisted());
    }

    @Test
    void aFreedSeatGoesToTheFirstOnTheWaitlist() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        String first = participant("FEMALE", "NP");
        String second = participant("FEMALE", "BD");
        String third = participant("FEMALE", "IN");
        EnrolmentDto seat = enrol(activity, first);
        enrol(activity, second);
        enrol(activity, third);

        EnrolmentDto withdrawn = api.post("/api/enrolments/" + seat.id() + "/withdraw", "", first, EnrolmentDto.class).body();

        assertEquals(EnrolmentStatus.WITHDRAWN, withdrawn.status());
        EnrolmentDto promoted = mine(second).get(0);
        assertEquals(EnrolmentStatus.ENROLLED, promoted.status());
        assertNull(promoted.waitlistPosition());
        assertEquals(1, mine(third).get(0).waitlistPosition(), "positions close up: no gap");
        assertEquals(0, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).seatsLeft());
    }

    @Test
    void leavingTheWaitlistMovesEveryoneBehindUp() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        enrol(activity, participant("FEMALE", "NP"));
        String second = participant("FEMALE", "BD");
        String third = participant("FEMALE", "IN");
        EnrolmentDto waiting = enrol(activity, second);
        enrol(activity, third);

        api.post("/api/enrolments/" + waiting.id() + "/withdraw", "", second, EnrolmentDto.class);

        assertEquals(1, mine(third).get(0).waitlistPosition());
        assertEquals(1, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).waitlisted());
    }

    @Test
    void holdsOneActiveEnrolmentPerPersonButAllowsComingBack() {
        ActivityDto activity = aMasterclass().create(api, manager);
        String amina = participant("FEMALE", "NP");
        EnrolmentDto first = enrol(activity, amina);

        Problem twice = api.problem(409, () -> enrol(activity, amina));
        api.post("/api/enrolments/" + first.id() + "/withdraw", "", amina, EnrolmentDto.class);
        EnrolmentDto again = enrol(activity, amina);

        assertEquals("enrolment.already-enrolled", twice.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, again.status());
        assertEquals(2, mine(amina).size());
        ActivityDto other = aMasterclass().create(api, manager);
        enrol(other, amina);
        assertEquals(2, api.get("/api/me/enrolments?activityId=" + activity.id(), amina, ENROLMENT_PAGE).total(),
                "narrowed to one activity");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswer() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        enrol(activity, participant("FEMALE", "NP"));
        String amina = participant("FEMALE", "BD");
        String key = UUID.randomUUID().toString();

        HttpResponse<EnrolmentDto> first = enrolWithKey(activity.id(), amina, key);
        HttpResponse<EnrolmentDto> retry = enrolWithKey(activity.id(), amina, key);

        assertEquals(HttpStatus.CREATED, retry.getStatus());
        assertEquals(first.body(), retry.body());
        assertEquals(1, mine(amina).size());
        assertEquals(1, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).waitlisted());
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        ActivityDto one = aMasterclass().create(api, manager);
        ActivityDto other = aMasterclass().create(api, manager);
        String amina = participant("FEMALE", "NP");
        String key = UUID.randomUUID().toString();
        enrolWithKey(one.id(), amina, key);

        Problem problem = api.problem(422, () -> enrolWithKey(other.id(), amina, key));

        assertEquals("enrolment.idempotency-mismatch", problem.messageKey());
        assertEquals(1, mine(amina).size());
    }

    @Test
    void refusesWhoeverARuleExcludesNamingTheRule() {
        ActivityDto activity = aMasterclass().forWomenOnly().create(api, manager);

        Problem man = api.problem(422, () -> enrol(activity, participant("MALE", "NP")));
        Problem noProfile = api.problem(422, () -> enrol(activity, participant(null, null)));

        assertEquals("https://etradecampus.org/problems/not-eligible", man.type());
        assertEquals("gender", man.errors().get(0).field());
        assertEquals("eligibility.gender", man.errors().get(0).messageKey());
        assertEquals("profile.gender", noProfile.errors().get(0).field());
        assertEquals(0, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).enrolled(), "nothing stored");
    }

    @Test
    void checksCountryGroupsAgainstTheProfile() {
        ActivityDto ldcOnly = aMasterclass().forGroups(CountryGroup.LDC).create(api, manager);

        EnrolmentDto nepal = enrol(ldcOnly, participant("FEMALE", "NP"));
        Problem india = api.problem(422, () -> enrol(ldcOnly, participant("FEMALE", "IN")));

        assertEquals(EnrolmentStatus.ENROLLED, nepal.status());
        assertEquals("countryGroup", india.errors().get(0).field());
    }

    @Test
    void aClosedActivitySaysEnrolmentIsClosed() {
        ActivityDto activity = aMasterclass().create(api, manager);
        api.post("/api/activities/" + activity.id() + "/close", "", manager, ActivityDto.class);

        assertEquals("enrolment.closed", api.problem(409, () -> enrol(activity, participant("FEMALE", "NP"))).messageKey());
    }

    @Test
    void refusesOutsideTheEnrolmentWindowAndForDrafts() {
        ActivityDto closed = aMasterclass().enrolmentWindow(Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600))
                .create(api, manager);
        ActivityDto notYet = aMasterclass().enrolmentWindow(Instant.now().plusSeconds(3600), null).create(api, manager);
        ActivityDto draft = aMasterclass().draft().create(api, manager);
        String amina = participant("FEMALE", "NP");

        assertEquals("enrolment.closed", api.problem(409, () -> enrol(closed, amina)).messageKey());
        assertEquals("enrolment.closed", api.problem(409, () -> enrol(notYet, amina)).messageKey());
        api.problem(404, () -> enrol(draft, amina));
        assertTrue(mine(amina).isEmpty());
    }

    @Test
    void nobodyElseCanWithdrawHerEnrolment() {
        ActivityDto activity = aMasterclass().create(api, manager);
        String amina = participant("FEMALE", "NP");
        EnrolmentDto hers = enrol(activity, amina);

        api.problem(404, () -> api.post("/api/enrolments/" + hers.id() + "/withdraw", "", participant("FEMALE", "BD"), EnrolmentDto.class));
        Problem twice = api.problem(409, () -> {
            api.post("/api/enrolments/" + hers.id() + "/withdraw", "", manager, EnrolmentDto.class);
            return api.post("/api/enrolments/" + hers.id() + "/withdraw", "", amina, EnrolmentDto.class);
        });

        assertEquals("enrolment.not-active", twice.messageKey());
    }

    @Test
    void needsASignedInParticipant() {
        ActivityDto activity = aMasterclass().create(api, manager);

        api.problem(401, () -> api.post("/api/activities/" + activity.id() + "/enrolments", "", null, EnrolmentDto.class));
    }

    private EnrolmentDto enrol(ActivityDto activity, String token) {
        return api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class).body();
    }

    private HttpResponse<EnrolmentDto> enrolWithKey(String activityId, String token, String key) {
        return api.exchange(HttpRequest.POST("/api/activities/" + activityId + "/enrolments", "").bearerAuth(token)
                .header("Idempotency-Key", key), EnrolmentDto.class);
    }

    private List<EnrolmentDto> mine(String token) {
        return api.get("/api/me/enrolments", token, ENROLMENT_PAGE).items();
    }

    /** A signed-in participant with a gender and country in her profile (either may be null). */
    private String participant(String gender, String country) {
        return api.participant(gender, country);
    }
}
