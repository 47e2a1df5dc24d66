package org.etradecampus.course;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LessonRepository extends CrudRepository<Lesson, Long> {

    @Query(value = "SELECT * FROM lesson WHERE activity_id = :activityId ORDER BY position, id", nativeQuery = true)
    List<Lesson> ofActivity(long activityId);

    long countByModuleId(long moduleId);

    @Query(value = "SELECT COALESCE(MAX(position), 0) FROM lesson WHERE module_id = :moduleId", nativeQuery = true)
    int lastPosition(long moduleId);

    @Query(value = "UPDATE lesson SET position = position + 1 WHERE module_id = :moduleId AND position >= :position"
            + " AND id <> :except", nativeQuery = true)
    void shift(long moduleId, int position, long except);
}
