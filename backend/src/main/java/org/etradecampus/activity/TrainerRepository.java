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

    @Query(value = "SELECT a.* FROM activity a JOIN activity_trainer t ON t.activity_id = a.id WHERE t.user_id = :userId"
            + " AND a.status <> 'DRAFT' ORDER BY a.start_date, a.id LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Activity> taughtBy(long userId, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM activity a JOIN activity_trainer t ON t.activity_id = a.id WHERE t.user_id = :userId"
            + " AND a.status <> 'DRAFT'", nativeQuery = true)
    long countTaughtBy(long userId);
}
