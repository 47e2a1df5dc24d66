package org.etradecampus.auth;

import jakarta.inject.Singleton;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.time.Clock;

/**
 * A signed-in person changes her password. The current password is checked under the same
 * throttle as sign-in (a stolen session must not become a way to guess it), and every other
 * session of hers is signed out.
 */
@Singleton
public class PasswordChange {

    private final UserService users;
    private final SignInThrottle throttle;
    private final SessionRepository sessions;
    private final Clock clock;

    PasswordChange(UserService users, SignInThrottle throttle, SessionRepository sessions, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
    }

    public void change(long userId, String currentSession, String currentPassword, String newPassword, String address) {
        User user = users.get(userId);
        throttle.checkAllowed(user.email(), address);
        if (!users.passwordMatches(userId, currentPassword)) {
            throttle.recordFailure(user.email(), address);
            throw new ValidationException("currentPassword", "is not your current password", "validation.current-password-wrong");
        }
        users.changePassword(userId, newPassword);
        sessions.updateRevokedForUserExcept(userId, currentSession, clock.instant());
    }
}
