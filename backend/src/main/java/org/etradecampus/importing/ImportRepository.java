package org.etradecampus.importing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportRepository extends CrudRepository<ParticipantImport, Long> {

    @Query(value = "SELECT * FROM participant_import WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<ParticipantImport> lock(long id);

    /** Progress, written in its own transaction while the import's own one is still open. */
    @Query(value = "UPDATE participant_import SET processed_rows = :processed, heartbeat_at = :now WHERE id = :id",
            nativeQuery = true)
    void progress(long id, int processed, Instant now);

    @Query(value = "SELECT outcome, COUNT(*) AS total FROM participant_import_row WHERE import_id = :importId GROUP BY outcome",
            nativeQuery = true)
    List<OutcomeCount> outcomes(long importId);

    @Introspected
    record OutcomeCount(String outcome, Long total) {
    }
}
