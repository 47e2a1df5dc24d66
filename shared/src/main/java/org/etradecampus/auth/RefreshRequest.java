package org.etradecampus.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record RefreshRequest(
        @JsonProperty("refresh_token") @NotBlank @Size(max = 200) String refreshToken) {
}
