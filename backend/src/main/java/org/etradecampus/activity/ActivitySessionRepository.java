package org.etradecampus.activity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActivitySessionRepository extends CrudRepository<ActivitySession, Long> {

    List<ActivitySession> findByActivityIdOrderByStartsAt(long activityId);

    @Query(value = "SELECT COUNT(*) FROM enrolment WHERE activity_id = :activityId AND user_id = :userId"
            + " AND status IN ('ENROLLED', 'COMPLETED')", nativeQuery = true)
    long countSeats(long activityId, long userId);
}
