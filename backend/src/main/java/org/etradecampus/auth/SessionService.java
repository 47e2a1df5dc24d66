package org.etradecampus.auth;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.account.Role;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sign-in sessions (refresh-token families): start, rotate, revoke. */
@Singleton
public class SessionService {

    private final UserService users;
    private final TokenIssuer issuer;
    private final TokenRepository tokens;
    private final SessionRepository sessions;
    private final Clock clock;

    SessionService(UserService users, TokenIssuer issuer, TokenRepository tokens, SessionRepository sessions,
                   Clock clock) {
        this.users = users;
        this.issuer = issuer;
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public TokenResponse start(User user) {
        String familyId = UUID.randomUUID().toString();
        sessions.save(new SessionFamily(familyId, user.id(), clock.instant(), null));
        return issuer.issue(user, users.roles(user.id()), familyId);
    }

    /**
     * Spends the token and issues its successor in one transaction. A token presented twice means it
     * was stolen or replayed: the whole family is revoked, and that revocation must commit, so the
     * outcome is returned rather than thrown.
     */
    @Transactional
    public Rotation rotate(String tokenHash) {
        Instant now = clock.instant();
        Optional<RefreshToken> found = tokens.lockByTokenHash(tokenHash);
        if (found.isEmpty()) {
            return Rotation.REFUSED;
        }
        RefreshToken token = found.get();
        if (token.usedAt() != null) {
            sessions.updateRevoked(token.familyId(), now);
            return Rotation.REFUSED;
        }
        Optional<SessionFamily> family = sessions.findById(token.familyId());
        Optional<User> user = users.findById(token.userId());
        if (token.expiresAt().isBefore(now) || family.isEmpty() || family.get().revokedAt() != null
                || user.isEmpty() || !user.get().enabled()) {
            return Rotation.REFUSED;
        }
        tokens.updateUsedAt(token.id(), now);
        Set<Role> roles = users.roles(token.userId());
        return new Rotation(issuer.issue(user.get(), roles, token.familyId()));
    }

    @Transactional
    public void revoke(String tokenHash) {
        tokens.lockByTokenHash(tokenHash).ifPresent(token -> sessions.updateRevoked(token.familyId(), clock.instant()));
    }

    public record Rotation(TokenResponse tokens) {
        static final Rotation REFUSED = new Rotation(null);
    }
}
