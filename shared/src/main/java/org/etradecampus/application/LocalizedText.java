package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A label in English, and in French and Spanish when given; shown in the reader's language, else English. */
@Serdeable
public record LocalizedText(@NotBlank @Size(max = 500) String en,
                            @Nullable @Size(max = 500) String fr,
                            @Nullable @Size(max = 500) String es) {
}
