package org.etradecampus.enrolment;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.auth.RegisterRequest;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RosterIT {

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
    void managersSeeWhoIsInAndWhoIsWaitingInOrder() {
        ActivityDto activity = aMasterclass().withSeats(1).create(api, manager);
        enrol(activity, "Amina Diallo");
        enrol(activity, "Bilkis Rahman");
        enrol(activity, "Carmen Ruiz");

        RosterDto all = api.get("/api/activities/" + activity.id() + "/enrolments", manager, RosterDto.class);
        RosterDto waiting = api.get("/api/activities/" + activity.id() + "/enrolments?status=WAITLISTED", manager, RosterDto.class);
        RosterDto carmen = api.get("/api/activities/" + activity.id() + "/enrolments?q=carmen", manager, RosterDto.class);

        assertEquals(List.of("Amina Diallo", "Bilkis Rahman", "Carmen Ruiz"),
                all.page().items().stream().map(RosterEntryDto::displayName).toList());
        assertEquals(Map.of(EnrolmentStatus.ENROLLED, 1L, EnrolmentStatus.WAITLISTED, 2L), all.countsByStatus());
        assertEquals(2, waiting.page().total());
        assertEquals(2, carmen.page().items().get(0).waitlistPosition(), "her place in the whole queue, not in the search");
        assertEquals("NP", all.page().items().get(0).countryCode());
    }

    @Test
    void exportsTheListAsCsvWithFormulasNeutralised() {
        ActivityDto activity = aMasterclass().create(api, manager);
        enrol(activity, "=HYPERLINK(\"http://evil.example\")");
        enrol(activity, "Dilnoza Karimova");

        String csv = api.exchange(HttpRequest.GET("/api/activities/" + activity.id() + "/enrolments.csv").bearerAuth(manager),
                String.class).body();

        List<String> lines = csv.lines().toList();
        assertEquals("enrolmentId,name,email,country,gender,status,waitlistPosition,enrolledAt", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), lines.get(1));
        assertTrue(lines.get(2).contains("Dilnoza Karimova") && lines.get(2).contains("ENROLLED"), lines.get(2));
    }

    @Test
    void participantsCannotSeeTheList() {
        ActivityDto activity = aMasterclass().create(api, manager);
        String participant = enrol(activity, "Amina Diallo");

        api.problem(403, () -> api.get("/api/activities/" + activity.id() + "/enrolments", participant, RosterDto.class));
        api.problem(403, () -> api.exchange(HttpRequest.GET("/api/activities/" + activity.id() + "/enrolments.csv")
                .bearerAuth(participant), String.class));
    }

    private String enrol(ActivityDto activity, String name) {
        Accounts account = aParticipant();
        auth.register(new RegisterRequest(account.email(), account.password(), name, "en"));
        String token = api.login(account.email(), account.password()).accessToken();
        api.put("/api/me/profile", Map.of("countryCode", "NP", "gender", "FEMALE"), token, org.etradecampus.account.MeDto.class);
        api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class);
        return token;
    }
}
