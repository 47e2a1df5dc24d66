package org.etradecampus.account;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The signed-in person's own account and profile. */
public interface MeApi {

    @Get("/api/me")
    MeDto me();

    @Put("/api/me/profile")
    MeDto updateProfile(@Body @NotNull @Valid ProfileDto profile);

    @Put("/api/me/settings")
    MeDto updateSettings(@Body @NotNull @Valid SettingsRequest settings);
}
