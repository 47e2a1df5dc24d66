package org.etradecampus.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One row of the file as read, what it will do or did, and its problems. */
@Serdeable
public record ImportRowDto(int row, @Nullable String email, @Nullable String name, @Nullable String countryCode,
                           @Nullable String gender, RowOutcome outcome, List<ImportErrorDto> errors) {
}
