package org.etradecampus.importing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportRowRepository extends CrudRepository<ImportRow, Long> {

    @Query(value = "SELECT * FROM participant_import_row WHERE import_id = :importId"
            + " AND (:invalidOnly = FALSE OR outcome = 'INVALID') ORDER BY line LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<ImportRow> page(long importId, boolean invalidOnly, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM participant_import_row WHERE import_id = :importId"
            + " AND (:invalidOnly = FALSE OR outcome = 'INVALID')", nativeQuery = true)
    long count(long importId, boolean invalidOnly);

    @Query(value = "SELECT * FROM participant_import_row WHERE import_id = :importId AND outcome <> 'INVALID' ORDER BY line",
            nativeQuery = true)
    List<ImportRow> valid(long importId);
}
