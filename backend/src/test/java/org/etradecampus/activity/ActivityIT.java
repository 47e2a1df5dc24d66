package org.etradecampus.activity;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.account.MeDto;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.programme.CreateProgrammeRequest;
import org.etradecampus.programme.ProgrammeDto;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.etradecampus.user.UserDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ActivityIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<ActivityDto>> ACTIVITY_PAGE = (Argument) Argument.of(PageDto.class, ActivityDto.class);

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    String manager;

    @BeforeEach
    void setUp() {
        String admin = api.loginAsAdmin().accessToken();
        Accounts account = aParticipant();
        api.post("/api/users", account.staff(Role.MANAGER), admin, UserDto.class);
        manager = api.login(account.email(), account.password()).accessToken();
    }

    @Test
    void aManagerCreatesADraftThatOnlyPublishingShowsInTheCatalogue() {
        String tag = tag();
        ActivityDto draft = aMasterclass().titled("Draft " + tag).draft().create(api, manager);

        assertEquals(ActivityStatus.DRAFT, draft.status());
        assertEquals(0, catalogue("q=" + tag).total());
        api.problem(404, () -> api.get("/api/activities/" + draft.id(), null, ActivityDto.class));

        ActivityDto published = api.post("/api/activities/" + draft.id() + "/publish", "", manager, ActivityDto.class).body();

        assertEquals(ActivityStatus.PUBLISHED, published.status());
        assertTrue(published.enrolmentOpen());
        assertEquals(List.of(published.id()), catalogue("q=" + tag).items().stream().map(ActivityDto::id).toList());
    }

    @Test
    void filtersTheCatalogueAndSortsItByStartDate() {
        String tag = tag();
        ActivityDto later = aMasterclass().titled("Later " + tag).in("NP", "034").starting(LocalDate.now().plusDays(60)).create(api, manager);
        ActivityDto sooner = aMasterclass().titled("Sooner " + tag).in("CO", "419").inLanguage("es")
                .starting(LocalDate.now().plusDays(10)).create(api, manager);
        ActivityDto course = aMasterclass().titled("Course " + tag).ofType(ActivityType.ONLINE_COURSE).in("KE", "202")
                .starting(LocalDate.now().plusDays(20)).enrolmentWindow(Instant.now().plusSeconds(86_400), null).create(api, manager);

        assertEquals(List.of(sooner.id(), course.id(), later.id()), ids(catalogue("q=" + tag)));
        assertEquals(List.of(later.id()), ids(catalogue("q=" + tag + "&region=142")), "Asia contains Southern Asia");
        assertEquals(List.of(later.id()), ids(catalogue("q=" + tag + "&region=034")));
        assertEquals(List.of(sooner.id()), ids(catalogue("q=" + tag + "&country=CO")));
        assertEquals(List.of(sooner.id()), ids(catalogue("q=" + tag + "&language=es")));
        assertEquals(List.of(course.id()), ids(catalogue("q=" + tag + "&type=ONLINE_COURSE")));
        assertEquals(List.of(sooner.id(), later.id()), ids(catalogue("q=" + tag + "&open=true")));
        assertEquals(List.of(course.id()), ids(catalogue("q=" + tag + "&open=false")));
        assertEquals(List.of(sooner.id(), course.id()), ids(catalogue("q=" + tag + "&to=" + LocalDate.now().plusDays(30))));
        assertEquals(List.of(later.id()), ids(catalogue("q=" + tag + "&from=" + LocalDate.now().plusDays(40))));
        assertEquals(List.of(later.id()), ids(catalogue("q=" + tag + "&programmeId=" + later.programmeId())));
    }

    @Test
    void pagesTheCatalogue() {
        String tag = tag();
        for (int i = 0; i < 3; i++) {
            aMasterclass().titled("Paged " + tag + " " + i).starting(LocalDate.now().plusDays(5 + i)).create(api, manager);
        }

        PageDto<ActivityDto> first = catalogue("q=" + tag + "&size=2&page=0");
        PageDto<ActivityDto> second = catalogue("q=" + tag + "&size=2&page=1");

        assertEquals(3, first.total());
        assertEquals(2, first.items().size());
        assertEquals(1, second.items().size());
    }

    @Test
    void searchesTitleAndDescriptionAsText() {
        String tag = tag();
        aMasterclass().titled("Wildcard " + tag).create(api, manager);

        assertEquals(1, catalogue("q=" + URLEncoder.encode("wildcard " + tag.toUpperCase(), StandardCharsets.UTF_8)).total());
        assertEquals(0, catalogue("q=" + URLEncoder.encode(tag + "%", StandardCharsets.UTF_8)).total());
    }

    @Test
    void sessionsAreListedInOrder() {
        ActivityDto activity = aMasterclass().create(api, manager);
        Instant day = Instant.now().plusSeconds(86_400 * 30L);

        HttpResponse<SessionDto> created = api.post("/api/activities/" + activity.id() + "/sessions",
                new CreateSessionRequest("Day 2: payments", day.plusSeconds(86_400), day.plusSeconds(86_400 + 7_200), "Room B", null, null),
                manager, SessionDto.class);
        api.post("/api/activities/" + activity.id() + "/sessions",
                new CreateSessionRequest("Day 1: marketplaces", day, day.plusSeconds(7_200), "https://meet.example.org/x", null, null),
                manager, SessionDto.class);

        assertEquals(HttpStatus.CREATED, created.getStatus());
        List<SessionDto> sessions = api.get("/api/activities/" + activity.id() + "/sessions", null, Argument.listOf(SessionDto.class));
        assertEquals(List.of("Day 1: marketplaces", "Day 2: payments"), sessions.stream().map(SessionDto::title).toList());
    }

    @Test
    void followsTheLifecycle() {
        ActivityDto activity = aMasterclass().create(api, manager);

        ActivityDto closed = api.post("/api/activities/" + activity.id() + "/close", "", manager, ActivityDto.class).body();
        Problem republish = api.problem(409, () -> api.post("/api/activities/" + activity.id() + "/publish", "", manager, ActivityDto.class));
        ActivityDto cancelled = api.post("/api/activities/" + activity.id() + "/cancel", "", manager, ActivityDto.class).body();

        assertEquals(ActivityStatus.CLOSED, closed.status());
        assertFalse(closed.enrolmentOpen());
        assertEquals("activity.invalid-state", republish.messageKey());
        assertEquals(ActivityStatus.CANCELLED, cancelled.status());
    }

    @Test
    void onlyManagersCreateAndPublish() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        String participant = api.login(amina.email(), amina.password()).accessToken();
        ActivityDto activity = aMasterclass().draft().create(api, manager);
        ProgrammeDto programme = api.get("/api/programmes/" + activity.programmeId(), null, ProgrammeDto.class);

        api.problem(403, () -> api.post("/api/programmes", new CreateProgrammeRequest("P", null, LocalDate.now(), LocalDate.now(), null, null),
                participant, ProgrammeDto.class));
        api.problem(403, () -> api.post("/api/activities", aMasterclass().request(programme.id()), participant, ActivityDto.class));
        api.problem(403, () -> api.post("/api/activities/" + activity.id() + "/publish", "", participant, ActivityDto.class));
        api.problem(401, () -> api.post("/api/activities/" + activity.id() + "/publish", "", null, ActivityDto.class));
    }

    @Test
    void aManagerRunsOnlyHerOwnProgrammesActivities() {
        ActivityDto hers = aMasterclass().draft().create(api, manager);
        String admin = api.loginAsAdmin().accessToken();
        Accounts other = aParticipant();
        api.post("/api/users", other.staff(Role.MANAGER), admin, UserDto.class);
        String otherManager = api.login(other.email(), other.password()).accessToken();

        api.problem(403, () -> api.post("/api/activities/" + hers.id() + "/publish", "", otherManager, ActivityDto.class));
        api.problem(403, () -> api.post("/api/activities", aMasterclass().request(hers.programmeId()), otherManager, ActivityDto.class));
        api.problem(403, () -> api.get("/api/activities/" + hers.id() + "/enrolments", otherManager,
                org.etradecampus.enrolment.RosterDto.class));
        assertEquals(ActivityStatus.PUBLISHED,
                api.post("/api/activities/" + hers.id() + "/publish", "", admin, ActivityDto.class).body().status());
    }

    @Test
    void namesTheFieldAtFault() {
        ActivityDto existing = aMasterclass().create(api, manager);
        Map<String, Object> valid = new java.util.HashMap<>(Map.of("programmeId", existing.programmeId(), "type", "WORKSHOP",
                "title", "Statistics workshop", "delivery", "ONLINE", "language", "fr", "startDate", "2027-03-01",
                "endDate", "2027-03-02", "timeZone", "Africa/Dakar", "capacity", 30, "enrolmentPolicy", "OPEN"));

        assertRefused(valid, "type", "MEETUP", "type");
        assertRefused(valid, "capacity", 0, "capacity");
        assertRefused(valid, "timeZone", "Mars/Olympus", "timeZone");
        assertRefused(valid, "endDate", "2027-02-01", "endDate");
        assertRefused(valid, "programmeId", "999999999", "programmeId");
        assertRefused(valid, "countryCode", "ZZ", "countryCode");
        assertRefused(valid, "eligibility", Map.of("countryGroups", List.of("G20")), "eligibility.countryGroups[0]");
        assertEquals(HttpStatus.CREATED, api.post("/api/activities", valid, manager, ActivityDto.class).getStatus());
    }

    @Test
    void tellsAParticipantWhetherSheMayEnrolAndWhyNot() {
        ActivityDto womenOnly = aMasterclass().forWomenOnly().create(api, manager);
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        String token = api.login(amina.email(), amina.password()).accessToken();

        EligibilityCheckDto before = api.get("/api/activities/" + womenOnly.id() + "/eligibility", token, EligibilityCheckDto.class);
        api.put("/api/me/profile", Map.of("gender", "FEMALE"), token, MeDto.class);
        EligibilityCheckDto after = api.get("/api/activities/" + womenOnly.id() + "/eligibility", token, EligibilityCheckDto.class);

        assertFalse(before.eligible());
        assertEquals("profile.gender", before.reasons().get(0).rule());
        assertTrue(after.eligible());
        assertTrue(after.reasons().isEmpty());
    }

    private void assertRefused(Map<String, Object> valid, String key, Object value, String field) {
        Map<String, Object> body = new java.util.HashMap<>(valid);
        body.put(key, value);
        Problem problem = api.problem(400, () -> api.post("/api/activities", body, manager, ActivityDto.class));
        assertEquals(field, problem.errors().get(0).field(), () -> key + "=" + value + ": " + problem);
    }

    private PageDto<ActivityDto> catalogue(String query) {
        return api.get("/api/activities?" + query, null, ACTIVITY_PAGE);
    }

    private static List<String> ids(PageDto<ActivityDto> page) {
        return page.items().stream().map(ActivityDto::id).toList();
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
