package org.etradecampus.auth;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.etradecampus.common.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.account.MeDto;

/** Sign-up, sign-in and the refresh-token lifecycle. Everything here is reachable anonymously. */
@Tag(name = "Authentication", description = "Sign-up, sign-in, token refresh and sign-out")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface AuthApi {

    @ApiResponse(responseCode = "201", description = "Registered; the new participant as GET /api/me shows her",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeDto.class)))
    @Post("/api/auth/register")
    HttpResponse<MeDto> register(@Body @NotNull @Valid RegisterRequest request);

    @Post("/api/auth/login")
    TokenResponse login(@Body @NotNull @Valid LoginRequest request);

    /**
     * Someone registered for her (an import) sets her password with the token her invitation e-mail
     * carried, and is signed in. Tokens work once, for 14 days.
     */
    @Post("/api/auth/invitations/accept")
    TokenResponse acceptInvitation(@Body @NotNull @Valid AcceptInvitationRequest request);

    /** Rotates: the presented refresh token stops working; presenting a spent one revokes its whole family. */
    @Post("/api/auth/refresh")
    TokenResponse refresh(@Body @NotNull @Valid RefreshRequest request);

    @ApiResponse(responseCode = "204", description = "Signed out: the session's tokens no longer work")
    @Post("/api/auth/logout")
    HttpResponse<Void> logout(@Body @NotNull @Valid RefreshRequest request);
}
