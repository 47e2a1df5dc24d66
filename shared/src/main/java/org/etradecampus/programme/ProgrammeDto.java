package org.etradecampus.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import org.etradecampus.organisation.OrganisationDto;

import java.time.LocalDate;
import java.util.List;

@Serdeable
public record ProgrammeDto(String id, String name, @Nullable String description, LocalDate startDate, LocalDate endDate,
                           @Nullable String leadOrganisation, List<OrganisationDto> partners) {
}
