package org.etradecampus.auth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a verified access token into the caller, checking the database on every request: a disabled
 * account or a signed-out session stops working at once, and roles are the current ones, not those
 * the token was signed with. Micronaut runs this off the event loop.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class CampusAuthenticationFactory implements JwtAuthenticationFactory {

    private final SessionRepository sessions;

    CampusAuthenticationFactory(SessionRepository sessions) {
        this.sessions = sessions;
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
            Optional<String> roles = sessions.findLiveRoles(session, Long.parseLong(subject));
            return roles.map(names -> Authentication.build(subject,
                    names.isEmpty() ? Set.of() : Set.of(names.split(",")),
                    Map.of(TokenIssuer.SESSION_CLAIM, session, "email", String.valueOf(claims.getClaim("email")))));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
