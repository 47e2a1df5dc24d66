package org.etradecampus.course;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LessonResourceRepository extends CrudRepository<LessonResource, Long> {

    @Query(value = "SELECT * FROM lesson_resource WHERE activity_id = :activityId ORDER BY id", nativeQuery = true)
    List<LessonResource> ofActivity(long activityId);

    long countByLessonId(long lessonId);
}
