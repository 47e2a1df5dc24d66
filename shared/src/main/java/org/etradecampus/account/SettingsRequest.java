package org.etradecampus.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
public record SettingsRequest(
        @NotBlank @Size(max = 100) String displayName,
        @NotNull @Pattern(regexp = "en|fr|es", message = "must be one of en, fr, es") String locale) {
}
