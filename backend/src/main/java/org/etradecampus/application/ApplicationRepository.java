package org.etradecampus.application;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApplicationRepository extends CrudRepository<Application, Long> {

    Optional<Application> findByActivityIdAndUserId(long activityId, long userId);

    @Query(value = "SELECT * FROM application WHERE activity_id = :activityId AND user_id = :userId FOR UPDATE", nativeQuery = true)
    Optional<Application> lockMine(long activityId, long userId);

    @Query(value = "SELECT * FROM application WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Application> lock(long id);

    @Query(value = "SELECT * FROM application WHERE activity_id = :activityId AND id IN (:ids) ORDER BY id FOR UPDATE",
            nativeQuery = true)
    List<Application> lockAll(long activityId, Collection<Long> ids);

    @Query(value = "SELECT * FROM application WHERE user_id = :userId ORDER BY updated_at DESC, id DESC"
            + " LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Application> pageOfUser(long userId, int limit, long offset);

    long countByUserId(long userId);

    @Query(value = "SELECT COUNT(*) FROM application WHERE activity_id = :activityId AND status <> 'DRAFT'", nativeQuery = true)
    long countSubmitted(long activityId);

    /** Keyset pages over one status, for work done in batches. */
    @Query(value = "SELECT * FROM application WHERE activity_id = :activityId AND status = :status AND id > :afterId"
            + " ORDER BY id LIMIT :limit", nativeQuery = true)
    List<Application> batch(long activityId, String status, long afterId, int limit);

    @Query(value = "UPDATE application SET status = 'SCREENED_OUT', screening_reason = :reason, updated_at = :now"
            + " WHERE id = :id AND status = 'APPLIED'", nativeQuery = true)
    int screenOut(long id, String reason, Instant now);

    String FILTER = " FROM application a JOIN app_user u ON u.id = a.user_id LEFT JOIN country c ON c.code = a.country_code"
            + " WHERE a.activity_id = :activityId AND a.status <> 'DRAFT'"
            + " AND (:status IS NULL OR a.status = :status)"
            + " AND (:country IS NULL OR a.country_code = :country)"
            + " AND (:region IS NULL OR c.region_code = :region OR c.subregion_code = :region"
            + "      OR c.intermediate_region_code = :region)"
            + " AND (:gender IS NULL OR a.gender = :gender)";

    /** Best mean score first, unreviewed last (NULL sorts low); ties to the earlier application. V12's index. */
    @Query(value = "SELECT a.id, a.user_id, u.display_name, u.email, a.country_code, a.gender, a.status, a.screening_reason,"
            + " a.review_count, a.mean_score, a.score_spread, a.submitted_at" + FILTER
            + " ORDER BY a.mean_score DESC, a.id"
            + " LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Row> rankByScore(long activityId, @Nullable String status, @Nullable String country, @Nullable String region,
                          @Nullable String gender, int limit, long offset);

    @Query(value = "SELECT a.id, a.user_id, u.display_name, u.email, a.country_code, a.gender, a.status, a.screening_reason,"
            + " a.review_count, a.mean_score, a.score_spread, a.submitted_at" + FILTER
            + " ORDER BY a.submitted_at, a.id LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Row> bySubmission(long activityId, @Nullable String status, @Nullable String country, @Nullable String region,
                           @Nullable String gender, int limit, long offset);

    @Query(value = "SELECT COUNT(*)" + FILTER, nativeQuery = true)
    long countFiltered(long activityId, @Nullable String status, @Nullable String country, @Nullable String region,
                       @Nullable String gender);

    @Query(value = "SELECT status, COUNT(*) AS total FROM application WHERE activity_id = :activityId AND status <> 'DRAFT'"
            + " GROUP BY status", nativeQuery = true)
    List<StatusCount> countByStatus(long activityId);

    @Introspected
    record Row(Long id, Long userId, String displayName, String email, @Nullable String countryCode, @Nullable String gender,
               String status, @Nullable String screeningReason, Integer reviewCount, @Nullable Double meanScore,
               @Nullable Double scoreSpread, @Nullable Instant submittedAt) {
    }

    @Introspected
    record StatusCount(String status, Long total) {
    }
}
