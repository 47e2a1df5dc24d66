package org.etradecampus.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import org.etradecampus.common.Text;
import org.etradecampus.account.Role;
import org.etradecampus.config.Secrets;
import org.etradecampus.user.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Signs short-lived access tokens and mints opaque refresh tokens, stored hashed. */
@Singleton
class TokenIssuer {

    static final String SESSION_CLAIM = "sid";

    private final JwtTokenGenerator generator;
    private final TokenRepository tokens;
    private final Clock clock;
    private final int accessSeconds;
    private final Duration refreshLifetime;

    TokenIssuer(JwtTokenGenerator generator, TokenRepository tokens, Clock clock,
                @Value("${micronaut.security.token.jwt.generator.access-token.expiration:900}") int accessSeconds,
                @Value("${campus.refresh-token-days:30}") int refreshDays) {
        this.generator = generator;
        this.tokens = tokens;
        this.clock = clock;
        this.accessSeconds = accessSeconds;
        this.refreshLifetime = Duration.ofDays(refreshDays);
    }

    TokenResponse issue(User user, Set<Role> roles, String familyId) {
        Authentication authentication = Authentication.build(user.publicId(),
                roles.stream().map(Role::name).collect(Collectors.toSet()),
                Map.of(SESSION_CLAIM, familyId, "email", user.email()));
        String accessToken = generator.generateToken(authentication, accessSeconds)
                .orElseThrow(() -> new IllegalStateException("Could not sign an access token"));
        String refreshToken = Secrets.randomToken(32);
        Instant now = clock.instant();
        tokens.save(new RefreshToken(null, user.id(), familyId, sha256(refreshToken), now, now.plus(refreshLifetime), null));
        return new TokenResponse(accessToken, refreshToken, "Bearer", accessSeconds, user.email(), roles);
    }

    static String sha256(String token) {
        return Text.sha256Hex(token);
    }
}
