package org.etradecampus.attendance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.etradecampus.activity.Activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttendanceRepository extends GenericRepository<Activity, Long> {

    /** Serialises marking one session, on every instance. */
    @Query(value = "SELECT id FROM activity_session WHERE id = :sessionId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockSession(long sessionId);

    /**
     * Everyone holding a seat (or who completed), by name, with her mark for this session if any; for
     * a coaching session, only the SME it is held with.
     */
    @Query(value = "SELECT e.id AS enrolment_id, e.user_id, u.display_name, a.status, a.note, a.marked_at,"
            + " CASE WHEN a.self_checked_in = 1 THEN 1 ELSE 0 END AS self_checked_in"
            + " FROM enrolment e JOIN app_user u ON u.id = e.user_id JOIN activity_session s ON s.id = :sessionId"
            + " LEFT JOIN attendance a ON a.session_id = :sessionId AND a.enrolment_id = e.id"
            + " WHERE e.activity_id = :activityId AND e.status IN ('ENROLLED', 'COMPLETED')"
            + " AND (s.coachee_user_id IS NULL OR s.coachee_user_id = e.user_id)"
            + " ORDER BY u.display_name, e.id", nativeQuery = true)
    List<SheetRow> sheet(long activityId, long sessionId);

    @Query(value = "INSERT INTO attendance (session_id, enrolment_id, activity_id, user_id, status, note, marked_at, marked_by,"
            + " self_checked_in) VALUES (:sessionId, :enrolmentId, :activityId, :userId, :status, :note, :markedAt, :markedBy,"
            + " :selfCheckedIn)", nativeQuery = true)
    void insert(long sessionId, long enrolmentId, long activityId, long userId, String status, @Nullable String note,
                Instant markedAt, long markedBy, boolean selfCheckedIn);

    @Query(value = "UPDATE attendance SET status = :status, note = :note, marked_at = :markedAt, marked_by = :markedBy,"
            + " self_checked_in = :selfCheckedIn WHERE session_id = :sessionId AND enrolment_id = :enrolmentId", nativeQuery = true)
    void update(long sessionId, long enrolmentId, String status, @Nullable String note, Instant markedAt, long markedBy,
                boolean selfCheckedIn);

    /** Per person: sessions attended and excused among those already held. */
    @Query(value = "SELECT e.id AS enrolment_id, e.user_id, u.display_name,"
            + " COALESCE(SUM(CASE WHEN a.status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END), 0) AS attended,"
            + " COALESCE(SUM(CASE WHEN a.status = 'EXCUSED' THEN 1 ELSE 0 END), 0) AS excused"
            + " FROM enrolment e JOIN app_user u ON u.id = e.user_id"
            + " LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.session_id IN"
            + "   (SELECT s.id FROM activity_session s WHERE s.activity_id = :activityId AND s.starts_at <= :now)"
            + " WHERE e.activity_id = :activityId AND e.status IN ('ENROLLED', 'COMPLETED')"
            + " GROUP BY e.id, e.user_id, u.display_name ORDER BY u.display_name, e.id", nativeQuery = true)
    List<RateRow> rates(long activityId, Instant now);

    /** Keeps enrolment.attended (V22) equal to "present or late at least once" after a mark is written. */
    @Query(value = "UPDATE enrolment SET attended = CASE WHEN EXISTS (SELECT 1 FROM attendance t WHERE t.enrolment_id = :enrolmentId"
            + " AND t.status IN ('PRESENT', 'LATE')) THEN 1 ELSE 0 END WHERE id = :enrolmentId", nativeQuery = true)
    void refreshAttended(long enrolmentId);

    @Query(value = "SELECT COUNT(*) FROM activity_session WHERE activity_id = :activityId AND starts_at <= :now", nativeQuery = true)
    int sessionsHeld(long activityId, Instant now);

    @Query(value = "SELECT COUNT(*) FROM activity_session WHERE activity_id = :activityId", nativeQuery = true)
    int sessionsPlanned(long activityId);

    /** Per SME with coaching sessions: how many are planned, and how many held; group sessions have no coachee. */
    @Query(value = "SELECT coachee_user_id AS user_id, COUNT(*) AS planned,"
            + " SUM(CASE WHEN starts_at <= :now THEN 1 ELSE 0 END) AS held"
            + " FROM activity_session WHERE activity_id = :activityId AND coachee_user_id IS NOT NULL"
            + " GROUP BY coachee_user_id", nativeQuery = true)
    List<Coaching> coaching(long activityId, Instant now);

    @Query(value = "SELECT check_in_secret FROM activity_session WHERE id = :sessionId", nativeQuery = true)
    Optional<String> checkInSecret(long sessionId);

    /** Sets the secret once: a second instance racing to create it keeps the first. */
    @Query(value = "UPDATE activity_session SET check_in_secret = :secret WHERE id = :sessionId AND check_in_secret IS NULL",
            nativeQuery = true)
    void createCheckInSecret(long sessionId, String secret);

    @Query(value = "SELECT failures, window_start FROM check_in_failure WHERE session_id = :sessionId AND user_id = :userId"
            + " FOR UPDATE", nativeQuery = true)
    Optional<Failures> lockFailures(long sessionId, long userId);

    @Query(value = "SELECT failures, window_start FROM check_in_failure WHERE session_id = :sessionId AND user_id = :userId",
            nativeQuery = true)
    Optional<Failures> failures(long sessionId, long userId);

    /** Creates the row if absent, without failing when another instance just did. */
    @Query(value = "INSERT IGNORE INTO check_in_failure (session_id, user_id, failures, window_start)"
            + " VALUES (:sessionId, :userId, 0, :now)", nativeQuery = true)
    void insertNoFailures(long sessionId, long userId, Instant now);

    @Query(value = "UPDATE check_in_failure SET failures = :failures, window_start = :windowStart"
            + " WHERE session_id = :sessionId AND user_id = :userId", nativeQuery = true)
    void setFailures(long sessionId, long userId, int failures, Instant windowStart);

    @Introspected
    record SheetRow(Long enrolmentId, Long userId, String displayName, @Nullable String status, @Nullable String note,
                    @Nullable Instant markedAt, Integer selfCheckedIn) {
    }

    @Introspected
    record RateRow(Long enrolmentId, Long userId, String displayName, Long attended, Long excused) {
    }

    @Introspected
    record Coaching(Long userId, Long planned, Long held) {
    }

    @Introspected
    record Failures(Integer failures, Instant windowStart) {
    }
}
