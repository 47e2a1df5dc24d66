package org.etradecampus.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record OrganisationDto(String id, String name, @Nullable String acronym, @Nullable String website) {
}
