package org.etradecampus.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("organisation")
public record Organisation(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String acronym,
                           @Nullable String website, Instant createdAt) {

    public OrganisationDto toDto() {
        return new OrganisationDto(Long.toString(id), name, acronym, website);
    }
}
