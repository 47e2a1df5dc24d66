package org.etradecampus.account;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.etradecampus.common.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The signed-in person's own account and profile. */
@Tag(name = "Me", description = "The signed-in person")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@SecurityRequirement(name = "bearerAuth")
public interface MeApi {

    @Get("/api/me")
    MeDto me();

    @Put("/api/me/profile")
    MeDto updateProfile(@Body @NotNull @Valid ProfileDto profile);

    @Put("/api/me/settings")
    MeDto updateSettings(@Body @NotNull @Valid SettingsRequest settings);

    /** Signs out every other session of hers; this one stays signed in. */
    @ApiResponse(responseCode = "204", description = "Changed")
    @Put("/api/me/password")
    HttpResponse<Void> changePassword(@Body @NotNull @Valid ChangePasswordRequest request);
}
