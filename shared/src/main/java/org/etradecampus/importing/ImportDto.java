package org.etradecampus.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An upload of participants for an activity. {@code outcomes} counts rows by what they do;
 * {@code processed} of {@code valid} rows are done while RUNNING; {@code ignoredColumns} are
 * headers the template does not know.
 */
@Serdeable
public record ImportDto(String id, String activityId, String fileName, String encoding, ImportStatus status, int rows,
                        int valid, int invalid, int processed, Map<RowOutcome, Integer> outcomes,
                        List<String> ignoredColumns, @Nullable String failure, Instant createdAt,
                        @Nullable Instant finishedAt) {
}
