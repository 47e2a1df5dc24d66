package org.etradecampus.auth;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.Exceptions.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Slows password guessing per account and per client address. Counts live in the database so every
 * instance behind the load balancer sees them. A block always expires (backoff doubling from 30 s
 * to at most 15 min): there is no permanent lockout for an attacker to trigger.
 */
@Singleton
public class SignInThrottle {

    private static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);

    private final ThrottleRepository entries;
    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;
    private final Duration firstBlock;

    SignInThrottle(ThrottleRepository entries, Clock clock,
                   @Value("${campus.sign-in-throttle.account-failures:5}") int accountFailures,
                   @Value("${campus.sign-in-throttle.address-failures:30}") int addressFailures,
                   @Value("${campus.sign-in-throttle.window-seconds:900}") long windowSeconds,
                   @Value("${campus.sign-in-throttle.first-block-seconds:30}") long firstBlockSeconds) {
        this.entries = entries;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = Duration.ofSeconds(windowSeconds);
        this.firstBlock = Duration.ofSeconds(firstBlockSeconds);
    }

    static String accountKey(String email) {
        return "account:" + email.toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** Refuses with 429 and a Retry-After while either key is blocked. */
    public void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        long wait = entries.findByThrottleKeyIn(List.of(accountKey(email), addressKey(address))).stream()
                .filter(e -> e.blockedUntil() != null && e.blockedUntil().isAfter(now))
                .mapToLong(e -> Duration.between(now, e.blockedUntil()).toSeconds() + 1)
                .max().orElse(0);
        if (wait > 0) {
            throw new TooManyRequestsException("Too many failed sign-in attempts; try again in " + wait + " seconds.",
                    "auth.throttled", wait);
        }
    }

    @Transactional
    public void recordFailure(String email, String address) {
        count(accountKey(email), accountFailures);
        count(addressKey(address), addressFailures);
    }

    @Transactional
    public void recordSuccess(String email) {
        entries.deleteKey(accountKey(email));
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        entries.insertIfAbsent(key, now);
        ThrottleEntry entry = entries.lock(key).orElseThrow();
        boolean windowOver = entry.windowStart().plus(window).isBefore(now)
                && (entry.blockedUntil() == null || entry.blockedUntil().isBefore(now));
        int failures = windowOver ? 1 : entry.failures() + 1;
        Instant windowStart = windowOver ? now : entry.windowStart();
        Instant blockedUntil = windowOver ? null : entry.blockedUntil();
        if (failures >= limit) {
            int doublings = Math.min(failures - limit, 10);
            Duration block = firstBlock.multipliedBy(1L << doublings);
            blockedUntil = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
        }
        entries.update(new ThrottleEntry(key, failures, windowStart, blockedUntil));
    }
}
