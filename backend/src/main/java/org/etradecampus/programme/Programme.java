package org.etradecampus.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("programme")
public record Programme(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String description,
                        @Nullable String leadOrganisation, LocalDate startDate, LocalDate endDate, long createdBy,
                        Instant createdAt) {
}
