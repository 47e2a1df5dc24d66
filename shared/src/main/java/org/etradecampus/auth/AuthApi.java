package org.etradecampus.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.account.MeDto;

/** Sign-up, sign-in and the refresh-token lifecycle. Everything here is reachable anonymously. */
public interface AuthApi {

    @Post("/api/auth/register")
    HttpResponse<MeDto> register(@Body @NotNull @Valid RegisterRequest request);

    @Post("/api/auth/login")
    TokenResponse login(@Body @NotNull @Valid LoginRequest request);

    /** Rotates: the presented refresh token stops working; presenting a spent one revokes its whole family. */
    @Post("/api/auth/refresh")
    TokenResponse refresh(@Body @NotNull @Valid RefreshRequest request);

    @Post("/api/auth/logout")
    HttpResponse<Void> logout(@Body @NotNull @Valid RefreshRequest request);
}
