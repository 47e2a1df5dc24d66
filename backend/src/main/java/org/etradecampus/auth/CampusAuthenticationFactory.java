package org.etradecampus.auth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import org.etradecampus.account.Role;
import org.etradecampus.user.UserService;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a verified access token into the caller, checking the database on every request: a disabled
 * account or a signed-out session stops working at once, and roles are the current ones, not those
 * the token was signed with. Micronaut runs this off the event loop.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class CampusAuthenticationFactory implements JwtAuthenticationFactory {

    private final SessionRepository sessions;
    private final UserService users;

    CampusAuthenticationFactory(SessionRepository sessions, UserService users) {
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            String subject = claims.getSubject();
            String session = claims.getStringClaim(TokenIssuer.SESSION_CLAIM);
            if (subject == null || session == null || !subject.matches("\\d{1,18}")) {
                return Optional.empty();
            }
            long userId = Long.parseLong(subject);
            if (sessions.countLive(session, userId) == 0) {
                return Optional.empty();
            }
            var roles = users.roles(userId).stream().map(Role::name).collect(Collectors.toSet());
            return Optional.of(Authentication.build(subject, roles,
                    Map.of(TokenIssuer.SESSION_CLAIM, session, "email", String.valueOf(claims.getClaim("email")))));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
