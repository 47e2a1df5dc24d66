package org.etradecampus.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.auth.RefreshRequest;
import org.etradecampus.auth.TokenResponse;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.Test;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class PasswordChangeIT {

    static final String NEW_PASSWORD = "a brand new passphrase for her";

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    @Test
    void changesHerPasswordAndSignsOutHerOtherSessions() {
        Accounts amina = registered();
        TokenResponse here = api.login(amina.email(), amina.password());
        TokenResponse elsewhere = api.login(amina.email(), amina.password());

        var response = api.exchange(HttpRequest.PUT("/api/me/password", new ChangePasswordRequest(amina.password(), NEW_PASSWORD))
                .bearerAuth(here.accessToken()), Void.class);

        assertEquals(HttpStatus.NO_CONTENT, response.getStatus());
        assertEquals(amina.email(), api.get("/api/me", here.accessToken(), MeDto.class).email());
        api.problem(401, () -> api.get("/api/me", elsewhere.accessToken(), MeDto.class));
        api.problem(401, () -> auth.refresh(new RefreshRequest(elsewhere.refreshToken())));
        api.problem(401, () -> api.login(amina.email(), amina.password()));
        assertEquals(amina.email(), api.login(amina.email(), NEW_PASSWORD).username());
    }

    @Test
    void needsTheCurrentPassword() {
        Accounts amina = registered();
        String token = api.login(amina.email(), amina.password()).accessToken();

        Problem problem = api.problem(400, () -> api.exchange(HttpRequest.PUT("/api/me/password",
                new ChangePasswordRequest("not my password", NEW_PASSWORD)).bearerAuth(token), Void.class));

        assertEquals("currentPassword", problem.errors().get(0).field());
        assertEquals("validation.current-password-wrong", problem.errors().get(0).messageKey());
        assertEquals(amina.email(), api.login(amina.email(), amina.password()).username());
    }

    @Test
    void holdsTheNewPasswordToThePolicy() {
        Accounts amina = registered();
        String token = api.login(amina.email(), amina.password()).accessToken();

        Problem problem = api.problem(400, () -> api.exchange(HttpRequest.PUT("/api/me/password",
                new ChangePasswordRequest(amina.password(), "password1")).bearerAuth(token), Void.class));

        assertEquals("newPassword", problem.errors().get(0).field());
        assertEquals("validation.password-common", problem.errors().get(0).messageKey());
    }

    private Accounts registered() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        return amina;
    }
}
