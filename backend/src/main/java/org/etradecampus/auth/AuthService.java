package org.etradecampus.auth;

import jakarta.inject.Singleton;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.UnauthorizedException;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.util.Optional;

@Singleton
class AuthService {

    private final UserService users;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final SessionService sessionService;

    AuthService(UserService users, PasswordHasher hasher, SignInThrottle throttle, SessionService sessionService) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessionService = sessionService;
    }

    TokenResponse login(String username, String password, String address) {
        String email = UserService.normaliseEmail(username);
        throttle.checkAllowed(email, address);
        Optional<User> found = users.findByEmail(email);
        if (found.isEmpty()) {
            hasher.spendEqualTime(password);
            throttle.recordFailure(email, address);
            throw invalidCredentials();
        }
        User user = found.get();
        if (!hasher.matches(password, user.passwordHash())) {
            throttle.recordFailure(email, address);
            throw invalidCredentials();
        }
        if (!user.enabled()) {
            throw new ForbiddenException("This account has been disabled. Contact the programme team.",
                    "auth.account-disabled");
        }
        throttle.recordSuccess(email);
        return sessionService.start(user);
    }

    TokenResponse refresh(String refreshToken) {
        SessionService.Rotation rotation = sessionService.rotate(TokenIssuer.sha256(refreshToken));
        if (rotation.tokens() == null) {
            throw new UnauthorizedException("The refresh token is not valid; sign in again.", "problem.unauthorized");
        }
        return rotation.tokens();
    }

    void logout(String refreshToken) {
        sessionService.revoke(TokenIssuer.sha256(refreshToken));
    }

    private static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("The e-mail address or password is not correct.", "auth.invalid-credentials");
    }

}
