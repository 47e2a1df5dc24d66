package org.etradecampus.enrolment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EnrolmentRepository extends CrudRepository<Enrolment, Long> {

    /** Read under the activity's lock, so a locking read: it sees what the last holder committed. */
    @Query(value = "SELECT * FROM enrolment WHERE activity_id = :activityId AND user_id = :userId AND active = TRUE FOR UPDATE",
            nativeQuery = true)
    Optional<Enrolment> lockActive(long activityId, long userId);

    @Query(value = "SELECT * FROM enrolment WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Enrolment> lock(long id);

    @Query(value = "SELECT * FROM enrolment WHERE activity_id = :activityId AND status = 'WAITLISTED'"
            + " ORDER BY waitlist_seq LIMIT 1 FOR UPDATE", nativeQuery = true)
    Optional<Enrolment> lockFirstWaitlisted(long activityId);

    /** Her place in the queue: 1 for the next to get a seat. */
    @Query(value = "SELECT COUNT(*) FROM enrolment WHERE activity_id = :activityId AND status = 'WAITLISTED'"
            + " AND waitlist_seq <= :seq", nativeQuery = true)
    int waitlistPosition(long activityId, long seq);

    @Query(value = "SELECT * FROM enrolment WHERE user_id = :userId ORDER BY created_at DESC, id DESC"
            + " LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Enrolment> pageOfUser(long userId, int limit, long offset);

    long countByUserId(long userId);

    @Query(value = "SELECT * FROM enrolment WHERE user_id = :userId AND activity_id = :activityId"
            + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Enrolment> pageOfUserInActivity(long userId, long activityId, int limit, long offset);

    long countByUserIdAndActivityId(long userId, long activityId);

    @Query(value = "SELECT * FROM enrolment WHERE activity_id = :activityId AND active = TRUE FOR UPDATE", nativeQuery = true)
    List<Enrolment> lockAllActive(long activityId);

    long countByActivityIdAndStatus(long activityId, EnrolmentStatus status);

    @Query(value = "SELECT user_id FROM enrolment WHERE activity_id = :activityId AND active = TRUE AND user_id IN (:userIds)",
            nativeQuery = true)
    List<Long> activeUserIds(long activityId, Collection<Long> userIds);

    @Query(value = "SELECT * FROM enrolment WHERE activity_id = :activityId AND user_id = :userId"
            + " AND status IN ('ENROLLED', 'COMPLETED') ORDER BY id DESC LIMIT 1", nativeQuery = true)
    Optional<Enrolment> seatOf(long activityId, long userId);
}
