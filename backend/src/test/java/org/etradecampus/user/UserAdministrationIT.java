package org.etradecampus.user;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UserAdministrationIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<UserDto>> USER_PAGE = (Argument) Argument.of(PageDto.class, UserDto.class);

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
    void anAdministratorCreatesATrainerWhoCanSignIn() {
        Accounts trainer = aParticipant();

        HttpResponse<UserDto> created = api.post("/api/users", trainer.staff(Role.TRAINER), admin, UserDto.class);

        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertEquals("/api/users/" + created.body().id(), created.header("Location"));
        assertEquals(Set.of(Role.TRAINER), created.body().roles());
        assertTrue(created.body().enabled());
        assertEquals(Set.of(Role.TRAINER), api.login(trainer.email(), trainer.password()).roles());
    }

    @Test
    void searchesUsersByNameOrEmailAndRoleOnePageAtATime() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            api.post("/api/users", aParticipant().withEmail("mgr-" + tag + "-" + i + "@example.org").staff(Role.MANAGER), admin, UserDto.class);
        }
        api.post("/api/users", aParticipant().withEmail("trn-" + tag + "@example.org").staff(Role.TRAINER), admin, UserDto.class);

        PageDto<UserDto> firstPage = api.get("/api/users?q=" + tag + "&size=2&page=0", admin, USER_PAGE);
        PageDto<UserDto> secondPage = api.get("/api/users?q=" + tag + "&size=2&page=1", admin, USER_PAGE);
        PageDto<UserDto> managers = api.get("/api/users?q=" + tag + "&role=MANAGER", admin, USER_PAGE);

        assertEquals(4, firstPage.total());
        assertEquals(2, firstPage.items().size());
        assertEquals(2, secondPage.items().size());
        assertEquals(3, managers.total());
        assertTrue(managers.items().stream().allMatch(u -> u.roles().equals(Set.of(Role.MANAGER))));
    }

    @Test
    void treatsWildcardsInTheSearchAsText() {
        PageDto<UserDto> page = api.get("/api/users?q=%25%25", admin, USER_PAGE);

        assertEquals(0, page.total());
    }

    @Test
    void changesRolesAndTheNewRolesApplyToExistingTokens() {
        Accounts amina = aParticipant();
        MeDto me = auth.register(amina.registration()).body();
        String token = api.login(amina.email(), amina.password()).accessToken();
        api.problem(403, () -> api.get("/api/users", token, USER_PAGE));

        UserDto changed = api.put("/api/users/" + me.id() + "/roles", new ChangeRolesRequest(Set.of(Role.PARTICIPANT, Role.ADMIN)), admin, UserDto.class);

        assertEquals(Set.of(Role.PARTICIPANT, Role.ADMIN), changed.roles());
        assertTrue(api.get("/api/users", token, USER_PAGE).total() > 0);
    }

    @Test
    void onlyAdministratorsAdministerUsers() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        String participant = api.login(amina.email(), amina.password()).accessToken();

        Problem forbidden = api.problem(403, () -> api.get("/api/users", participant, USER_PAGE));
        api.problem(403, () -> api.post("/api/users", aParticipant().staff(Role.ADMIN), participant, UserDto.class));
        api.problem(401, () -> api.get("/api/users", null, USER_PAGE));

        assertEquals("problem.forbidden", forbidden.messageKey());
    }

    @Test
    void anAdministratorCannotDisableHerself() {
        UserDto me = api.get("/api/users?q=" + Accounts.ADMIN_EMAIL, admin, USER_PAGE).items().get(0);

        Problem problem = api.problem(409, () -> api.post("/api/users/" + me.id() + "/disable", "", admin, UserDto.class));

        assertEquals("users.not-yourself", problem.messageKey());
    }

    @Test
    void refusesBadUserInput() {
        Problem unknownRole = api.problem(400, () -> api.post("/api/users",
                java.util.Map.of("email", Accounts.uniqueEmail("x"), "password", Accounts.PASSWORD, "displayName", "X",
                        "roles", java.util.List.of("KING")), admin, UserDto.class));
        Problem noRoles = api.problem(400, () -> api.post("/api/users",
                java.util.Map.of("email", Accounts.uniqueEmail("x"), "password", Accounts.PASSWORD, "displayName", "X",
                        "roles", java.util.List.of()), admin, UserDto.class));
        Problem badPage = api.problem(400, () -> api.get("/api/users?size=1000", admin, USER_PAGE));

        assertEquals("roles[0]", unknownRole.errors().get(0).field());
        assertEquals("roles", noRoles.errors().get(0).field());
        assertEquals("size", badPage.errors().get(0).field());
    }

    @Test
    void answersNotFoundForUsersThatDoNotExist() {
        api.problem(404, () -> api.get("/api/users/999999999", admin, UserDto.class));
        api.problem(404, () -> api.get("/api/users/not-an-id", admin, UserDto.class));
    }
}
