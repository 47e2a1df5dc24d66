package org.etradecampus.programme;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProgrammeRepository extends CrudRepository<Programme, Long> {

    @Query(value = "SELECT * FROM programme ORDER BY start_date DESC, id DESC LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Programme> page(int limit, long offset);
}
