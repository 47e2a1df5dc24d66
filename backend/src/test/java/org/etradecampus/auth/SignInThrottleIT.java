package org.etradecampus.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "campus.sign-in-throttle.account-failures", value = "3")
@Property(name = "campus.sign-in-throttle.address-failures", value = "5")
@Property(name = "campus.sign-in-throttle.first-block-seconds", value = "2")
class SignInThrottleIT {

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    @Test
    void slowsGuessingOnOneAccountEvenFromManyAddresses() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());

        for (int i = 0; i < 3; i++) {
            api.problem(401, () -> login(amina.email(), "wrong guess number x", randomAddress()));
        }

        Problem throttled = api.problem(429, () -> login(amina.email(), amina.password(), randomAddress()));
        assertEquals("auth.throttled", throttled.messageKey());
        assertEquals("https://etradecampus.org/problems/too-many-requests", throttled.type());
    }

    @Test
    void tellsTheClientHowLongToWait() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        for (int i = 0; i < 3; i++) {
            api.problem(401, () -> login(amina.email(), "wrong guess number y", randomAddress()));
        }

        var error = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> login(amina.email(), amina.password(), randomAddress()));

        String retryAfter = error.getResponse().header("Retry-After");
        assertNotNull(retryAfter);
        assertTrue(Long.parseLong(retryAfter) >= 1 && Long.parseLong(retryAfter) <= 3, retryAfter);
    }

    @Test
    void slowsOneAddressTryingManyAccounts() {
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            api.problem(401, () -> login(Accounts.uniqueEmail("guess"), "some password guess", address));
        }
        Accounts amina = aParticipant();
        auth.register(amina.registration());

        api.problem(429, () -> login(amina.email(), amina.password(), address));
        assertEquals(amina.email(), login(amina.email(), amina.password(), randomAddress()).username());
    }

    @Test
    void neverLocksTheAccountForGood() throws InterruptedException {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        for (int i = 0; i < 3; i++) {
            api.problem(401, () -> login(amina.email(), "wrong guess number z", randomAddress()));
        }
        api.problem(429, () -> login(amina.email(), amina.password(), randomAddress()));

        Thread.sleep(3_100);

        assertEquals(amina.email(), login(amina.email(), amina.password(), randomAddress()).username());
    }

    private TokenResponse login(String email, String password, String address) {
        return api.exchange(HttpRequest.POST("/api/auth/login", new LoginRequest(email, password))
                .header("X-Forwarded-For", address), TokenResponse.class).body();
    }

    private static String randomAddress() {
        UUID id = UUID.randomUUID();
        return "10." + Math.floorMod(id.getMostSignificantBits(), 250) + "." + Math.floorMod(id.getLeastSignificantBits(), 250)
                + "." + Math.floorMod(id.hashCode(), 250);
    }
}
