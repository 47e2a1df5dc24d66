package org.etradecampus.programme;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProgrammeRepository extends CrudRepository<Programme, Long> {

    @Query(value = "INSERT INTO programme_manager (programme_id, user_id) VALUES (:programmeId, :userId)", nativeQuery = true)
    void insertManager(long programmeId, long userId);

    @Query(value = "SELECT COUNT(*) FROM programme_manager WHERE programme_id = :programmeId AND user_id = :userId",
            nativeQuery = true)
    long countManager(long programmeId, long userId);

    @Query(value = "SELECT COUNT(*) FROM activity_trainer t JOIN activity a ON a.id = t.activity_id"
            + " WHERE a.programme_id = :programmeId AND t.user_id = :userId", nativeQuery = true)
    long countTrainer(long programmeId, long userId);

    @Query(value = "SELECT * FROM programme ORDER BY start_date DESC, id DESC LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Programme> page(int limit, long offset);

    @Query(value = "SELECT user_id FROM programme_manager WHERE programme_id = :programmeId", nativeQuery = true)
    List<Long> managerIds(long programmeId);

    @Query(value = "DELETE FROM programme_manager WHERE programme_id = :programmeId", nativeQuery = true)
    void deleteManagers(long programmeId);

    @Query(value = "SELECT * FROM programme WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Programme> lock(long id);
}
