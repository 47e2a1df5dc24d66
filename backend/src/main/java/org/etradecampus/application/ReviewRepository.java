package org.etradecampus.application;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReviewRepository extends CrudRepository<Review, Long> {

    @Query(value = "SELECT * FROM review WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Review> lock(long id);

    long countByActivityId(long activityId);

    @Query(value = "SELECT COUNT(*) FROM review WHERE activity_id = :activityId AND submitted_at IS NOT NULL", nativeQuery = true)
    long countScored(long activityId);

    /**
     * Gives each APPLIED application of the activity that has no reviewer yet to {@code perApplication}
     * consecutive reviewers in a ring, starting where the previous batch stopped ({@code offset}), so
     * every reviewer gets the same share give or take one. All in the database, in one statement.
     */
    @Query(value = "INSERT INTO review (application_id, activity_id, reviewer_id, created_at)"
            + " SELECT a.id, a.activity_id, r.user_id, :now FROM"
            + " (SELECT x.id, x.activity_id, ROW_NUMBER() OVER (ORDER BY x.id) - 1 AS n FROM application x"
            + "   WHERE x.activity_id = :activityId AND x.status = 'APPLIED'"
            + "   AND NOT EXISTS (SELECT 1 FROM review v WHERE v.application_id = x.id)) a"
            + " JOIN (SELECT user_id, ROW_NUMBER() OVER (ORDER BY user_id) - 1 AS k FROM activity_reviewer"
            + "   WHERE activity_id = :activityId) r"
            + " ON MOD(r.k - MOD(a.n * :perApplication + :offset, :reviewers) + :reviewers, :reviewers) < :perApplication",
            nativeQuery = true)
    void assign(long activityId, int perApplication, long offset, int reviewers, Instant now);

    @Query(value = "SELECT COUNT(DISTINCT application_id) FROM review WHERE activity_id = :activityId", nativeQuery = true)
    long countReviewedApplications(long activityId);

    /**
     * Her reviews, those still to score first. {@code pending}: TRUE those still to score (of
     * applications not yet decided), FALSE those scored, NULL all.
     */
    @Query(value = "SELECT v.* FROM review v JOIN application a ON a.id = v.application_id"
            + " WHERE v.reviewer_id = :reviewerId AND (:activityId IS NULL OR v.activity_id = :activityId)"
            + " AND (:pending IS NULL OR (:pending = TRUE AND v.submitted_at IS NULL AND a.status IN ('APPLIED', 'SCREENED_OUT'))"
            + "      OR (:pending = FALSE AND v.submitted_at IS NOT NULL))"
            + " AND a.status <> 'WITHDRAWN'"
            + " ORDER BY CASE WHEN v.submitted_at IS NULL THEN 0 ELSE 1 END, v.id LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Review> pageOfReviewer(long reviewerId, @Nullable Long activityId, @Nullable Boolean pending, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM review v JOIN application a ON a.id = v.application_id"
            + " WHERE v.reviewer_id = :reviewerId AND (:activityId IS NULL OR v.activity_id = :activityId)"
            + " AND (:pending IS NULL OR (:pending = TRUE AND v.submitted_at IS NULL AND a.status IN ('APPLIED', 'SCREENED_OUT'))"
            + "      OR (:pending = FALSE AND v.submitted_at IS NOT NULL))"
            + " AND a.status <> 'WITHDRAWN'", nativeQuery = true)
    long countOfReviewer(long reviewerId, @Nullable Long activityId, @Nullable Boolean pending);

    /** Recomputes the application's review figures from its scored reviews; run under the application's lock. */
    @Query(value = "UPDATE application SET"
            + " review_count = (SELECT COUNT(*) FROM review v WHERE v.application_id = :applicationId AND v.score IS NOT NULL),"
            + " mean_score = (SELECT AVG(v.score) FROM review v WHERE v.application_id = :applicationId AND v.score IS NOT NULL),"
            + " score_spread = (SELECT MAX(v.score) - MIN(v.score) FROM review v"
            + "   WHERE v.application_id = :applicationId AND v.score IS NOT NULL)"
            + " WHERE id = :applicationId", nativeQuery = true)
    void refreshScores(long applicationId);

    @Query(value = "SELECT u.id, u.display_name, u.email, COUNT(v.id) AS assigned, COUNT(v.submitted_at) AS completed"
            + " FROM activity_reviewer ar JOIN app_user u ON u.id = ar.user_id"
            + " LEFT JOIN review v ON v.activity_id = ar.activity_id AND v.reviewer_id = ar.user_id"
            + " WHERE ar.activity_id = :activityId GROUP BY u.id, u.display_name, u.email ORDER BY u.display_name, u.id",
            nativeQuery = true)
    List<Progress> progress(long activityId);

    @Query(value = "SELECT COUNT(*) FROM activity_reviewer WHERE activity_id = :activityId", nativeQuery = true)
    int countReviewers(long activityId);

    @Query(value = "DELETE FROM activity_reviewer WHERE activity_id = :activityId", nativeQuery = true)
    void deleteReviewers(long activityId);

    @Query(value = "INSERT INTO activity_reviewer (activity_id, user_id) VALUES (:activityId, :userId)", nativeQuery = true)
    void insertReviewer(long activityId, long userId);

    @Query(value = "SELECT COUNT(*) FROM activity_reviewer WHERE activity_id = :activityId AND user_id = :userId", nativeQuery = true)
    long countReviewer(long activityId, long userId);

    @Introspected
    record Progress(Long id, String displayName, String email, Long assigned, Long completed) {
    }
}
