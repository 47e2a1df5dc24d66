package org.etradecampus.importing;

import io.micronaut.serde.annotation.Serdeable;

/** A problem in one cell: the file's row number (the header is row 1) and the column's header. */
@Serdeable
public record ImportErrorDto(int row, String column, String message, String messageKey) {
}
