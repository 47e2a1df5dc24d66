package org.etradecampus.activity;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
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

        List<String> trainers = api.put("/api/activities/" + activity.id() + "/trainers",
                new AssignTrainersRequest(Set.of(assigned.id())), admin, Argument.listOf(String.class));
        CreateSessionRequest session = new CreateSessionRequest("Day 1", Instant.now().plusSeconds(86_400),
                Instant.now().plusSeconds(90_000), "Room A");

        assertEquals(List.of(assigned.id()), trainers);
        assertEquals("Day 1", api.post("/api/activities/" + activity.id() + "/sessions", session,
                api.login(lucia.email(), lucia.password()).accessToken(), SessionDto.class).body().title());
        api.problem(403, () -> api.post("/api/activities/" + activity.id() + "/sessions", session,
                api.login(other.email(), other.password()).accessToken(), SessionDto.class));
        assertEquals(List.of(assigned.id()), api.get("/api/activities/" + activity.id() + "/trainers", admin,
                Argument.listOf(String.class)));
    }

    @Test
    void onlyTrainersCanBeAssigned() {
        ActivityDto activity = aMasterclass().create(api, admin);
        Accounts amina = aParticipant();
        String participantId = auth.register(amina.registration()).body().id();

        Problem problem = api.problem(400, () -> api.put("/api/activities/" + activity.id() + "/trainers",
                new AssignTrainersRequest(Set.of(participantId)), admin, Argument.listOf(String.class)));

        assertEquals("trainerIds", problem.errors().get(0).field());
    }
}
