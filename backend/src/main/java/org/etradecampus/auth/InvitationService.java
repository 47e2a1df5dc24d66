package org.etradecampus.auth;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Text;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** Invitations to set a first password, for accounts someone else created (an import). */
@Singleton
public class InvitationService {

    static final Duration VALID_FOR = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final UserService users;
    private final SessionService sessions;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, UserService users, SessionService sessions, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new invitation for her; the token, which only her e-mail will carry (the database keeps its hash). */
    public String create(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        invitations.insert(Text.sha256Hex(token), userId, now.plus(VALID_FOR), now);
        return token;
    }

    /** Sets her password (the usual rules apply) and signs her in; the token then stops working. */
    @Transactional
    public TokenResponse accept(String token, String password) {
        Instant now = clock.instant();
        InvitationRepository.Invitation invitation = invitations.lock(Text.sha256Hex(token))
                .filter(i -> i.usedAt() == null && i.expiresAt().isAfter(now))
                .orElseThrow(() -> new ValidationException("token", "is not a valid invitation: it may have expired or been used",
                        "auth.invitation-invalid"));
        User user = users.get(invitation.userId());
        users.setPassword(user.id(), password, "password");
        invitations.markUsed(invitation.tokenHash(), now);
        return sessions.start(users.get(user.id()));
    }
}
