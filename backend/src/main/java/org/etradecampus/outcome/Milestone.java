package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("milestone")
record Milestone(@Id @GeneratedValue @Nullable Long id, long programmeId, String code, String nameEn,
                 @Nullable String nameFr, @Nullable String nameEs, int position) {
}
