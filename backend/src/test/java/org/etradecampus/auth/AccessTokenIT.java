package org.etradecampus.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.etradecampus.user.UserDto;
import org.junit.jupiter.api.Test;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The forged, tampered, expired and revoked tokens an attacker would try. */
@MicronautTest(transactional = false)
class AccessTokenIT {

    @Inject
    AuthClient auth;

    @Value("${campus.jwt-secret}")
    String secret;

    @Inject
    Api api;

    @Test
    void acceptsItsOwnToken() throws Exception {
        TokenResponse tokens = signedIn();

        assertEquals(tokens.username(), api.get("/api/me", tokens.accessToken(), MeDto.class).email());
        assertEquals(tokens.username(), api.get("/api/me", resigned(tokens.accessToken(), secret, null), MeDto.class).email());
    }

    @Test
    void accessTokensLiveFifteenMinutes() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(signedIn().accessToken()).getJWTClaimsSet();

        long seconds = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;

        assertEquals(900, seconds);
        assertEquals("HS256", SignedJWT.parse(signedIn().accessToken()).getHeader().getAlgorithm().getName());
    }

    @Test
    void refusesATokenWithAlgNone() throws Exception {
        TokenResponse tokens = signedIn();
        JWTClaimsSet claims = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
        String unsigned = new PlainJWT(claims).serialize();

        Problem problem = api.problem(401, () -> api.get("/api/me", unsigned, MeDto.class));

        assertEquals("problem.unauthorized", problem.messageKey());
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        TokenResponse tokens = signedIn();
        String forged = resigned(tokens.accessToken(), "an-attackers-secret-that-is-long-enough-0123", null);

        api.problem(401, () -> api.get("/api/me", forged, MeDto.class));
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() throws Exception {
        TokenResponse tokens = signedIn();
        String[] parts = tokens.accessToken().split("\\.");
        JWTClaimsSet claims = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
        JWTClaimsSet promoted = new JWTClaimsSet.Builder(claims).claim("roles", List.of("ADMIN")).subject("1").build();
        String tampered = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(promoted.toString()) + "." + parts[2];

        api.problem(401, () -> api.get("/api/me", tampered, MeDto.class));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        TokenResponse tokens = signedIn();
        String expired = resigned(tokens.accessToken(), secret, Instant.now().minusSeconds(60));

        api.problem(401, () -> api.get("/api/me", expired, MeDto.class));
    }

    @Test
    void refusesGarbage() {
        api.problem(401, () -> api.get("/api/me", "not.a.jwt", MeDto.class));
    }

    @Test
    void aDisabledUsersTokensStopWorkingAtOnce() {
        Accounts amina = aParticipant();
        MeDto registered = auth.register(amina.registration()).body();
        TokenResponse tokens = api.login(amina.email(), amina.password());
        String admin = api.loginAsAdmin().accessToken();

        UserDto disabled = api.post("/api/users/" + registered.id() + "/disable", "", admin, UserDto.class).body();

        assertEquals(false, disabled.enabled());
        api.problem(401, () -> api.get("/api/me", tokens.accessToken(), MeDto.class));
        api.problem(401, () -> auth.refresh(new RefreshRequest(tokens.refreshToken())));
        Problem signIn = api.problem(403, () -> api.login(amina.email(), amina.password()));
        assertEquals("auth.account-disabled", signIn.messageKey());

        api.post("/api/users/" + registered.id() + "/enable", "", admin, UserDto.class);
        assertEquals(amina.email(), api.get("/api/me", api.login(amina.email(), amina.password()).accessToken(), MeDto.class).email());
    }

    private TokenResponse signedIn() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        return api.login(amina.email(), amina.password());
    }

    /** Same claims, signed with {@code key}, optionally with another expiry. */
    private static String resigned(String token, String key, Instant expiry) throws ParseException, com.nimbusds.jose.JOSEException {
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder(claims);
        if (expiry != null) {
            builder.expirationTime(Date.from(expiry)).notBeforeTime(Date.from(expiry.minusSeconds(900)))
                    .issueTime(Date.from(expiry.minusSeconds(900)));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }
}
