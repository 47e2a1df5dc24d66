package org.etradecampus.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuthIT {

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    @Test
    void registersAParticipantAndSignsHerIn() {
        Accounts amina = aParticipant().speaking("fr");

        HttpResponse<MeDto> created = auth.register(amina.registration());

        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertEquals("/api/me", created.header("Location"));
        MeDto me = created.body();
        assertEquals(amina.email(), me.email());
        assertEquals(Set.of(Role.PARTICIPANT), me.roles());
        assertEquals("fr", me.locale());

        TokenResponse tokens = auth.login(new LoginRequest(amina.email(), amina.password()));
        assertEquals("Bearer", tokens.tokenType());
        assertEquals(900, tokens.expiresIn());
        assertEquals(amina.email(), tokens.username());
        assertEquals(Set.of(Role.PARTICIPANT), tokens.roles());
        assertEquals(me.id(), api.get("/api/me", tokens.accessToken(), MeDto.class).id());
    }

    @Test
    void signsInWhateverTheCaseOfTheEmail() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());

        TokenResponse tokens = auth.login(new LoginRequest("  " + amina.email().toUpperCase() + " ", amina.password()));

        assertEquals(amina.email(), tokens.username());
    }

    @Test
    void refusesASecondAccountWithTheSameEmail() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());

        Problem problem = api.problem(409, () -> auth.register(aParticipant().withEmail(amina.email().toUpperCase()).registration()));

        assertEquals("auth.email-taken", problem.messageKey());
        assertEquals("email", problem.errors().get(0).field());
    }

    @Test
    void refusesCommonShortAndOverlongPasswords() {
        assertPasswordRefused("password123", "validation.password-common");
        assertPasswordRefused("iloveyou", "validation.password-common");
        assertPasswordRefused("short7!", "validation.password-too-short");
        assertPasswordRefused("x".repeat(129), "validation.password-too-long");
    }

    @Test
    void acceptsPasswordsWithoutCompositionRules() {
        Accounts lower = aParticipant().withPassword("only lowercase words here");

        assertEquals(HttpStatus.CREATED, auth.register(lower.registration()).getStatus());
        assertEquals(HttpStatus.CREATED, auth.register(aParticipant().withPassword("x".repeat(128)).registration()).getStatus());
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartIsWrong() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());

        Problem wrongPassword = api.problem(401, () -> auth.login(new LoginRequest(amina.email(), "not her password at all")));
        Problem unknownUser = api.problem(401, () -> auth.login(new LoginRequest(Accounts.uniqueEmail("nobody"), "whatever password")));

        assertEquals("auth.invalid-credentials", wrongPassword.messageKey());
        assertEquals(wrongPassword.detail(), unknownUser.detail());
    }

    @Test
    void refreshRotatesTheToken() {
        TokenResponse first = signedIn();

        TokenResponse second = auth.refresh(new RefreshRequest(first.refreshToken()));

        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertEquals(first.username(), api.get("/api/me", second.accessToken(), MeDto.class).email());
        Problem spent = api.problem(401, () -> auth.refresh(new RefreshRequest(first.refreshToken())));
        assertEquals("problem.unauthorized", spent.messageKey());
    }

    @Test
    void presentingASpentRefreshTokenRevokesTheWholeFamily() {
        TokenResponse first = signedIn();
        TokenResponse second = auth.refresh(new RefreshRequest(first.refreshToken()));

        api.problem(401, () -> auth.refresh(new RefreshRequest(first.refreshToken())));

        api.problem(401, () -> auth.refresh(new RefreshRequest(second.refreshToken())));
        api.problem(401, () -> api.get("/api/me", second.accessToken(), MeDto.class));
    }

    @Test
    void logoutRevokesTheRefreshTokenAndTheSessionsAccessTokens() {
        TokenResponse tokens = signedIn();
        TokenResponse otherDevice = api.login(tokens.username(), Accounts.PASSWORD);

        assertEquals(HttpStatus.NO_CONTENT, auth.logout(new RefreshRequest(tokens.refreshToken())).getStatus());

        api.problem(401, () -> auth.refresh(new RefreshRequest(tokens.refreshToken())));
        api.problem(401, () -> api.get("/api/me", tokens.accessToken(), MeDto.class));
        assertEquals(tokens.username(), api.get("/api/me", otherDevice.accessToken(), MeDto.class).email());
    }

    @Test
    void refusesAnUnknownRefreshToken() {
        Problem problem = api.problem(401, () -> auth.refresh(new RefreshRequest("not-a-token-we-issued")));

        assertEquals("https://etradecampus.org/problems/unauthorized", problem.type());
    }

    @Test
    void storesRefreshTokensOnlyAsHashesForThirtyDays(TokenRepository tokens) {
        TokenResponse signedIn = signedIn();

        RefreshToken stored = tokens.lockByTokenHash(TokenIssuer.sha256(signedIn.refreshToken())).orElseThrow();
        long days = java.time.Duration.between(stored.createdAt(), stored.expiresAt()).toDays();
        assertEquals(30, days);
        assertTrue(tokens.lockByTokenHash(signedIn.refreshToken()).isEmpty());
        assertTrue(tokens.findAll().iterator().hasNext());
        tokens.findAll().forEach(t -> assertNotEquals(signedIn.refreshToken(), t.tokenHash()));
    }

    private TokenResponse signedIn() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        return auth.login(new LoginRequest(amina.email(), amina.password()));
    }

    private void assertPasswordRefused(String password, String messageKey) {
        Problem problem = api.problem(400, () -> auth.register(aParticipant().withPassword(password).registration()));
        assertEquals("https://etradecampus.org/problems/validation", problem.type());
        assertEquals("password", problem.errors().get(0).field());
        assertEquals(messageKey, problem.errors().get(0).messageKey());
    }
}
