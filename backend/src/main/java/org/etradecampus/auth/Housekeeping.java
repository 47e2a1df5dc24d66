package org.etradecampus.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what can no longer matter: expired refresh tokens and sessions, and throttle counters
 * whose window and block are over. Every instance runs it; the deletes are idempotent.
 */
@Singleton
class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final TokenRepository tokens;
    private final SessionRepository sessions;
    private final ThrottleRepository throttle;
    private final Clock clock;
    private final Duration throttleWindow;

    Housekeeping(TokenRepository tokens, SessionRepository sessions, ThrottleRepository throttle, Clock clock,
                 @Value("${campus.sign-in-throttle.window-seconds:900}") long windowSeconds) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
        this.throttleWindow = Duration.ofSeconds(windowSeconds);
    }

    @Scheduled(fixedDelay = "${campus.housekeeping-interval:1h}", initialDelay = "${campus.housekeeping-initial-delay:5m}")
    void run() {
        Instant now = clock.instant();
        long deleted = purge(now);
        LOG.debug("Housekeeping deleted {} rows", deleted);
    }

    @Transactional
    long purge(Instant now) {
        long expiredTokens = tokens.deleteExpired(now);
        long deadSessions = sessions.deleteWithoutTokens();
        long oldCounters = throttle.deleteSettled(now.minus(throttleWindow), now);
        return expiredTokens + deadSessions + oldCounters;
    }
}
