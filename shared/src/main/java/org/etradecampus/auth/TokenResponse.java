package org.etradecampus.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.account.Role;

import java.util.Set;

/** Field names follow RFC 6749 (snake_case), as OAuth clients expect. */
@Serdeable
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        String username,
        Set<Role> roles) {
}
