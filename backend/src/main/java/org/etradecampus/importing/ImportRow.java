package org.etradecampus.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of an import as read and checked (see V13); {@code errors} is a JSON array of ImportErrorDto. */
@MappedEntity("participant_import_row")
record ImportRow(@Id @GeneratedValue @Nullable Long id, long importId, int line, @Nullable String email,
                 @Nullable String name, @Nullable String countryCode, @Nullable String gender, @Nullable String businessName,
                 @Nullable String sector, @Nullable Boolean womenLed, @Nullable Boolean womenOwned, @Nullable Integer employees,
                 @Nullable String locale, RowOutcome outcome, @Nullable String errors) {

    ImportRow withOutcome(RowOutcome done) {
        return new ImportRow(id, importId, line, email, name, countryCode, gender, businessName, sector, womenLed, womenOwned,
                employees, locale, done, errors);
    }
}
