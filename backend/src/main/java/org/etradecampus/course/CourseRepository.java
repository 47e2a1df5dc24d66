package org.etradecampus.course;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CourseRepository extends CrudRepository<CourseModule, Long> {

    @Query(value = "SELECT * FROM course_module WHERE activity_id = :activityId ORDER BY position, id", nativeQuery = true)
    List<CourseModule> modules(long activityId);

    @Query(value = "SELECT COALESCE(MAX(position), 0) FROM course_module WHERE activity_id = :activityId", nativeQuery = true)
    int lastModulePosition(long activityId);

    /** Makes room at {@code position}: everything from it moves one down. */
    @Query(value = "UPDATE course_module SET position = position + 1 WHERE activity_id = :activityId AND position >= :position"
            + " AND id <> :except", nativeQuery = true)
    void shiftModules(long activityId, int position, long except);

    @Query(value = "SELECT * FROM course_module WHERE activity_id = :activityId FOR UPDATE", nativeQuery = true)
    List<CourseModule> lockModules(long activityId);

    @Query(value = "SELECT user_id, lesson_id, done_at FROM lesson_done WHERE activity_id = :activityId AND user_id = :userId",
            nativeQuery = true)
    List<Done> doneBy(long activityId, long userId);

    @Query(value = "INSERT IGNORE INTO lesson_done (lesson_id, user_id, activity_id, enrolment_id, done_at)"
            + " VALUES (:lessonId, :userId, :activityId, :enrolmentId, :now)", nativeQuery = true)
    void markDone(long lessonId, long userId, long activityId, long enrolmentId, Instant now);

    @Query(value = "DELETE FROM lesson_done WHERE lesson_id = :lessonId AND user_id = :userId", nativeQuery = true)
    void markNotDone(long lessonId, long userId);

    /** Per enrolment: the activity's required lessons she has done. */
    @Query(value = "SELECT d.enrolment_id, COUNT(*) AS done FROM lesson_done d JOIN lesson l ON l.id = d.lesson_id"
            + " WHERE d.activity_id = :activityId AND l.required = TRUE GROUP BY d.enrolment_id", nativeQuery = true)
    List<RequiredDone> requiredDone(long activityId);

    @Query(value = "SELECT COUNT(*) FROM lesson WHERE activity_id = :activityId AND required = TRUE", nativeQuery = true)
    int requiredLessons(long activityId);

    @Introspected
    record Done(Long userId, Long lessonId, Instant doneAt) {
    }

    @Introspected
    record RequiredDone(Long enrolmentId, Long done) {
    }
}
