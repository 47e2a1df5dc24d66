package org.etradecampus.activity;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.common.PageDto;
import org.etradecampus.testing.AuthClient;
import org.etradecampus.user.StaffDto;
import org.etradecampus.user.UserDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class TrainerIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<StaffDto>> STAFF_PAGE = (Argument) Argument.of(PageDto.class, StaffDto.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<ActivityDto>> ACTIVITY_PAGE = (Argument) Argument.of(PageDto.class, ActivityDto.class);

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    String admin;

    @BeforeEach
    void setUp() {
        admin = api.loginAsAdmin().accessToken();
    }

    @Test
    void onlyTheActivitysOwnTrainersAddSessions() {
        ActivityDto activity = aMasterclass().create(api, admin);
        Accounts lucia = aParticipant();
        Accounts other = aParticipant();
        UserDto assigned = api.post("/api/users", lucia.staff(Role.TRAINER), admin, UserDto.class).body();
        api.post("/api/users", other.staff(Role.TRAINER), admin, UserDto.class);

        List<StaffDto> trainers = api.put("/api/activities/" + activity.id() + "/trainers",
                new AssignTrainersRequest(Set.of(assigned.id())), admin, Argument.listOf(StaffDto.class));
        CreateSessionRequest session = new CreateSessionRequest("Day 1", Instant.now().plusSeconds(86_400),
                Instant.now().plusSeconds(90_000), "Room A", null, null);

        assertEquals(List.of(new StaffDto(assigned.id(), assigned.displayName(), assigned.email())), trainers);
        assertEquals("Day 1", api.post("/api/activities/" + activity.id() + "/sessions", session,
                api.login(lucia.email(), lucia.password()).accessToken(), SessionDto.class).body().title());
        api.problem(403, () -> api.post("/api/activities/" + activity.id() + "/sessions", session,
                api.login(other.email(), other.password()).accessToken(), SessionDto.class));
        assertEquals(trainers, api.get("/api/activities/" + activity.id() + "/trainers", admin,
                Argument.listOf(StaffDto.class)));
    }

    @Test
    void onlyTrainersCanBeAssigned() {
        ActivityDto activity = aMasterclass().create(api, admin);
        Accounts amina = aParticipant();
        String participantId = auth.register(amina.registration()).body().id();

        Problem problem = api.problem(400, () -> api.put("/api/activities/" + activity.id() + "/trainers",
                new AssignTrainersRequest(Set.of(participantId)), admin, Argument.listOf(StaffDto.class)));

        assertEquals("trainerIds", problem.errors().get(0).field());
    }

    @Test
    void herTrainersAndManagersEditAndDeleteSessions() {
        ActivityDto activity = aMasterclass().create(api, admin);
        Staff trainer = api.staff(Role.TRAINER);
        Staff otherTrainer = api.staff(Role.TRAINER);
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())), admin,
                Argument.listOf(StaffDto.class));
        Instant start = Instant.now().plusSeconds(86_400);
        SessionDto session = api.post("/api/activities/" + activity.id() + "/sessions",
                new CreateSessionRequest("Day 1", start, start.plusSeconds(3_600), "Room A", null, null), trainer.token(), SessionDto.class).body();
        CreateSessionRequest moved = new CreateSessionRequest("Day 1: selling online", start.plusSeconds(7_200),
                start.plusSeconds(10_800), "https://meet.example.org/day1", null, null);

        api.problem(403, () -> api.put("/api/sessions/" + session.id(), moved, otherTrainer.token(), SessionDto.class));
        api.problem(403, () -> api.delete("/api/sessions/" + session.id(), api.participant("FEMALE", "NP")));
        Problem backwards = api.problem(400, () -> api.put("/api/sessions/" + session.id(),
                new CreateSessionRequest("Day 1", start, start.minusSeconds(60), null, null, null), trainer.token(), SessionDto.class));
        SessionDto edited = api.put("/api/sessions/" + session.id(), moved, trainer.token(), SessionDto.class);

        assertEquals("endsAt", backwards.errors().get(0).field());
        assertEquals(List.of(edited), api.get("/api/activities/" + activity.id() + "/sessions", null, Argument.listOf(SessionDto.class)));
        assertEquals("https://meet.example.org/day1", edited.location());
        assertEquals(List.of(activity.id()), api.get("/api/me/teaching", trainer.token(), ACTIVITY_PAGE).items().stream()
                .map(ActivityDto::id).toList(), "she finds the activity she trains");
        assertEquals(0, api.get("/api/me/teaching", otherTrainer.token(), ACTIVITY_PAGE).total());
        assertEquals(204, api.delete("/api/sessions/" + session.id(), trainer.token()).code());
        assertEquals(List.of(), api.get("/api/activities/" + activity.id() + "/sessions", null, Argument.listOf(SessionDto.class)));
        api.problem(404, () -> api.put("/api/sessions/" + session.id(), moved, admin, SessionDto.class));
    }

    @Test
    void managersFindTrainersAndManagersByNameButNoOneElse() {
        Staff trainer = api.staff(Role.TRAINER);
        Staff manager = api.staff(Role.MANAGER);
        String participant = api.participant("FEMALE", "NP");
        String search = "/api/staff?role=TRAINER&q=" + trainer.user().email();

        PageDto<StaffDto> found = api.get(search, manager.token(), STAFF_PAGE);
        api.post("/api/users/" + trainer.id() + "/disable", "", admin, UserDto.class);

        assertEquals(List.of(new StaffDto(trainer.id(), trainer.user().displayName(), trainer.user().email())), found.items());
        assertEquals(0, api.get(search, manager.token(), STAFF_PAGE).total(), "a disabled account is not offered");
        assertEquals(0, api.get("/api/staff?role=MANAGER&q=" + trainer.user().email(), manager.token(), STAFF_PAGE).total());
        assertEquals("role", api.problem(400, () -> api.get("/api/staff?role=PARTICIPANT", manager.token(), STAFF_PAGE))
                .errors().get(0).field());
        assertEquals("role", api.problem(400, () -> api.get("/api/staff", manager.token(), STAFF_PAGE)).errors().get(0).field());
        api.problem(403, () -> api.get(search, participant, STAFF_PAGE));
        api.problem(403, () -> api.get(search, api.staff(Role.TRAINER).token(), STAFF_PAGE));
    }
}
