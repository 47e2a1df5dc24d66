package org.etradecampus.auth;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HousekeepingIT {

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    @Inject
    Housekeeping housekeeping;

    @Inject
    TokenRepository tokens;

    @Inject
    SessionRepository sessions;

    @Inject
    ThrottleRepository throttle;

    @Inject
    SignInThrottle signInThrottle;

    @Test
    void keepsWhatIsStillValid() {
        TokenResponse signedIn = signedIn();

        housekeeping.purge(Instant.now());

        assertEquals(signedIn.username(), auth.refresh(new RefreshRequest(signedIn.refreshToken())).username());
    }

    @Test
    void deletesExpiredRefreshTokensAndTheirSessions() {
        TokenResponse signedIn = signedIn();
        String tokenHash = TokenIssuer.sha256(signedIn.refreshToken());
        String session = tokens.lockByTokenHash(tokenHash).orElseThrow().familyId();

        housekeeping.purge(Instant.now().plus(Duration.ofDays(31)));

        assertTrue(tokens.lockByTokenHash(tokenHash).isEmpty());
        assertTrue(sessions.findById(session).isEmpty());
    }

    @Test
    void forgetsThrottleCountersOnceTheirWindowAndBlockAreOver() {
        String email = Accounts.uniqueEmail("forgotten");
        signInThrottle.recordFailure(email, "192.0.2.77");
        List<String> keys = List.of(SignInThrottle.accountKey(email), SignInThrottle.addressKey("192.0.2.77"));
        assertEquals(2, throttle.findByThrottleKeyIn(keys).size());

        housekeeping.purge(Instant.now().plus(Duration.ofHours(1)));

        assertEquals(0, throttle.findByThrottleKeyIn(keys).size());
    }

    private TokenResponse signedIn() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        return api.login(amina.email(), amina.password());
    }
}
