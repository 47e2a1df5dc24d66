package org.etradecampus.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An upload and its dry run (see V13). {@code ignoredColumns}: headers the template does not know, one per line. */
@MappedEntity("participant_import")
record ParticipantImport(@Id @GeneratedValue @Nullable Long id, long activityId, long createdBy, String fileName,
                         String encoding, ImportStatus status, int totalRows, int validRows, int processedRows,
                         @Nullable String ignoredColumns, @Nullable String failure, @Nullable Instant heartbeatAt,
                         Instant createdAt, @Nullable Instant finishedAt) {

    ParticipantImport running(Instant now) {
        return new ParticipantImport(id, activityId, createdBy, fileName, encoding, ImportStatus.RUNNING, totalRows, validRows,
                0, ignoredColumns, null, now, createdAt, null);
    }

    ParticipantImport finished(ImportStatus end, @Nullable String why, int processed, Instant now) {
        return new ParticipantImport(id, activityId, createdBy, fileName, encoding, end, totalRows, validRows, processed,
                ignoredColumns, why, heartbeatAt, createdAt, now);
    }
}
