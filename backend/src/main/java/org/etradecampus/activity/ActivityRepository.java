package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ActivityRepository extends CrudRepository<Activity, Long> {

    String CATALOGUE_FILTER = " FROM activity a LEFT JOIN country c ON c.code = a.country_code"
            + " WHERE a.status = 'PUBLISHED'"
            + " AND (:type IS NULL OR a.type = :type)"
            + " AND (:programmeId IS NULL OR a.programme_id = :programmeId)"
            + " AND (:region IS NULL OR a.region_code = :region OR c.region_code = :region OR c.subregion_code = :region"
            + "      OR a.region_code IN (SELECT r.code FROM region r WHERE r.parent_code = :region))"
            + " AND (:country IS NULL OR a.country_code = :country)"
            + " AND (:language IS NULL OR a.language = :language)"
            + " AND (:open IS NULL OR :open = ((a.enrolment_opens_at IS NULL OR a.enrolment_opens_at <= :now)"
            + "      AND (a.enrolment_closes_at IS NULL OR a.enrolment_closes_at > :now)))"
            + " AND (:fromDate IS NULL OR a.end_date >= :fromDate)"
            + " AND (:toDate IS NULL OR a.start_date <= :toDate)"
            + " AND (:pattern IS NULL OR LOWER(a.title) LIKE :pattern OR LOWER(a.description) LIKE :pattern)";

    /** The public catalogue: published only, soonest first. {@code pattern} is an escaped LIKE pattern. */
    @Query(value = "SELECT a.*" + CATALOGUE_FILTER + " ORDER BY a.start_date, a.id LIMIT :limit OFFSET :offset",
            nativeQuery = true)
    List<Activity> catalogue(@Nullable String type, @Nullable Long programmeId, @Nullable String region,
                             @Nullable String country, @Nullable String language, @Nullable Boolean open, Instant now,
                             @Nullable LocalDate fromDate, @Nullable LocalDate toDate, @Nullable String pattern,
                             int limit, long offset);

    @Query(value = "SELECT COUNT(*)" + CATALOGUE_FILTER, nativeQuery = true)
    long countCatalogue(@Nullable String type, @Nullable Long programmeId, @Nullable String region,
                        @Nullable String country, @Nullable String language, @Nullable Boolean open, Instant now,
                        @Nullable LocalDate fromDate, @Nullable LocalDate toDate, @Nullable String pattern);

    /** Serialises every change to one activity's seats and waitlist, across all backend instances. */
    @Query(value = "SELECT * FROM activity WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Activity> lock(long id);

    @Query(value = "UPDATE activity SET enrolled_count = :enrolledCount, waitlist_count = :waitlistCount,"
            + " waitlist_seq = :waitlistSeq, updated_at = :now WHERE id = :id", nativeQuery = true)
    void updateCounts(long id, int enrolledCount, int waitlistCount, long waitlistSeq, Instant now);
}
