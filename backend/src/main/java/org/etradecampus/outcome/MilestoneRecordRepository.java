package org.etradecampus.outcome;

import io.micronaut.core.annotation.Introspected;
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
interface MilestoneRecordRepository extends CrudRepository<MilestoneRecord, Long> {

    String LISTED = "SELECT r.id, r.milestone_id, r.activity_id, r.user_id, u.display_name, r.achieved_on, r.evidence,"
            + " r.status, CASE WHEN r.recorded_by = r.user_id THEN 1 ELSE 0 END AS self_reported, r.decided_at"
            + " FROM milestone_record r JOIN app_user u ON u.id = r.user_id JOIN milestone m ON m.id = r.milestone_id";

    @Query(value = LISTED + " WHERE r.activity_id = :activityId ORDER BY u.display_name, r.user_id, m.position, r.id",
            nativeQuery = true)
    List<Listed> ofActivity(long activityId);

    @Query(value = LISTED + " WHERE r.activity_id = :activityId AND r.user_id = :userId ORDER BY m.position, r.id",
            nativeQuery = true)
    List<Listed> ofPerson(long activityId, long userId);

    @Query(value = LISTED + " WHERE r.id = :id", nativeQuery = true)
    Optional<Listed> listed(long id);

    Optional<MilestoneRecord> findByMilestoneIdAndActivityIdAndUserId(long milestoneId, long activityId, long userId);

    @Introspected
    record Listed(Long id, Long milestoneId, Long activityId, Long userId, String displayName, LocalDate achievedOn,
                  @Nullable String evidence, String status, Integer selfReported, @Nullable Instant decidedAt) {
    }
}
