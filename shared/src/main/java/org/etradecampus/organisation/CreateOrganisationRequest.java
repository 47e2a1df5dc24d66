package org.etradecampus.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
public record CreateOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 30) String acronym,
        @Nullable @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://") String website) {
}
