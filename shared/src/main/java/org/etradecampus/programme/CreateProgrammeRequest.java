package org.etradecampus.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

@Serdeable
public record CreateProgrammeRequest(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 5000) String description,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Nullable @Size(max = 200) String leadOrganisation,
        @Nullable @Size(max = 50) Set<@NotNull @Size(max = 30) String> partnerIds) {
}
