package org.etradecampus.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("region")
public record Region(@Id String code, String level, @Nullable String parentCode, String nameEn, String nameFr,
                     String nameEs) {
}
