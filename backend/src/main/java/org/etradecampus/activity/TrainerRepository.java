package org.etradecampus.activity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TrainerRepository extends GenericRepository<Activity, Long> {

    @Query(value = "SELECT user_id FROM activity_trainer WHERE activity_id = :activityId ORDER BY user_id", nativeQuery = true)
    List<Long> findTrainers(long activityId);

    @Query(value = "SELECT COUNT(*) FROM activity_trainer WHERE activity_id = :activityId AND user_id = :userId", nativeQuery = true)
    long countAssignment(long activityId, long userId);

    @Query(value = "DELETE FROM activity_trainer WHERE activity_id = :activityId", nativeQuery = true)
    void deleteAll(long activityId);

    @Query(value = "INSERT INTO activity_trainer (activity_id, user_id) VALUES (:activityId, :userId)", nativeQuery = true)
    void insert(long activityId, long userId);
}
