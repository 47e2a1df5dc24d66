package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The enrolment list of one activity, joined to who the people are. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RosterRepository extends GenericRepository<Enrolment, Long> {

    String FILTER = " FROM enrolment e JOIN app_user u ON u.id = e.user_id LEFT JOIN profile p ON p.user_id = e.user_id"
            + " LEFT JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY waitlist_seq) AS position FROM enrolment"
            + "   WHERE activity_id = :activityId AND status = 'WAITLISTED') w ON w.id = e.id"
            + " WHERE e.activity_id = :activityId AND (:status IS NULL OR e.status = :status)"
            + " AND (:pattern IS NULL OR LOWER(u.display_name) LIKE :pattern OR LOWER(u.email) LIKE :pattern)";

    /** Enrolled first, then the waitlist in order, then the rest; each by when they came. */
    @Query(value = "SELECT e.id AS enrolment_id, e.user_id, u.display_name, u.email, p.country_code, p.gender, e.status,"
            + " w.position AS waitlist_position, e.created_at" + FILTER
            + " ORDER BY CASE e.status WHEN 'ENROLLED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END, e.waitlist_seq, e.created_at, e.id"
            + " LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Row> page(long activityId, @Nullable String status, @Nullable String pattern, int limit, long offset);

    @Query(value = "SELECT COUNT(*)" + FILTER, nativeQuery = true)
    long count(long activityId, @Nullable String status, @Nullable String pattern);

    @Query(value = "SELECT e.status, COUNT(*) AS people FROM enrolment e WHERE e.activity_id = :activityId GROUP BY e.status",
            nativeQuery = true)
    List<StatusCount> countsByStatus(long activityId);

    @Introspected
    record Row(Long enrolmentId, Long userId, String displayName, String email, @Nullable String countryCode,
               @Nullable String gender, String status, @Nullable Long waitlistPosition, Instant createdAt) {
    }

    @Introspected
    record StatusCount(String status, Long people) {
    }
}
