package org.etradecampus.outcome;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Outcome figures, aggregated in the database. Every query takes the same scope: a programme, one
 * of its activities or all ({@code activityId} null), a period (null ends are open), and
 * optionally one gender or one country group (LDC, LLDC, SIDS) of the people counted.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutcomeRepository extends GenericRepository<Indicator, Long> {

    String PEOPLE_FILTER = " AND (:gender IS NULL OR p.gender = :gender)"
            + " AND (:country IS NULL OR p.country_code = :country)"
            + " AND (:region IS NULL OR c.region_code = :region OR c.subregion_code = :region OR c.intermediate_region_code = :region)"
            + " AND (:countryGroup IS NULL OR (:countryGroup = 'LDC' AND c.ldc = 1) OR (:countryGroup = 'LLDC' AND c.lldc = 1)"
            + " OR (:countryGroup = 'SIDS' AND c.sids = 1))";

    /** SMEs holding a seat in the programme's accelerator cohorts: the base of milestone figures. */
    @Query(value = "SELECT COUNT(DISTINCT e.user_id) FROM enrolment e JOIN activity a ON a.id = e.activity_id"
            + " LEFT JOIN profile p ON p.user_id = e.user_id LEFT JOIN country c ON c.code = p.country_code"
            + " WHERE a.programme_id = :programmeId AND (:activityId IS NULL OR a.id = :activityId)"
            + " AND a.type = 'ACCELERATOR_COHORT' AND (:type IS NULL OR a.type = :type)"
            + " AND e.status IN ('ENROLLED', 'COMPLETED')" + PEOPLE_FILTER, nativeQuery = true)
    long smes(long programmeId, @Nullable Long activityId, @Nullable String gender, @Nullable String countryGroup,
                 @Nullable String country, @Nullable String region, @Nullable String type);

    /** Distinct SMEs with a validated record of the milestone, reached in the period. */
    @Query(value = "SELECT COUNT(DISTINCT r.user_id) FROM milestone_record r JOIN activity a ON a.id = r.activity_id"
            + " LEFT JOIN profile p ON p.user_id = r.user_id LEFT JOIN country c ON c.code = p.country_code"
            + " WHERE r.milestone_id = :milestoneId AND r.status = 'VALIDATED' AND a.programme_id = :programmeId"
            + " AND (:activityId IS NULL OR r.activity_id = :activityId)"
            + " AND (:fromDate IS NULL OR r.achieved_on >= :fromDate) AND (:toDate IS NULL OR r.achieved_on <= :toDate)"
            + " AND (:type IS NULL OR a.type = :type)" + PEOPLE_FILTER, nativeQuery = true)
    long reached(long milestoneId, long programmeId, @Nullable Long activityId, @Nullable LocalDate fromDate,
                 @Nullable LocalDate toDate, @Nullable String gender, @Nullable String countryGroup,
                 @Nullable String country, @Nullable String region, @Nullable String type);

    /** One answer per person: her first BASELINE answer, or her latest later one. */
    String ONE_ANSWER_EACH = " FROM survey_answer_value s"
            + " LEFT JOIN profile p ON p.user_id = s.user_id LEFT JOIN country c ON c.code = p.country_code"
            + " WHERE s.indicator_id = :indicatorId AND (:activityId IS NULL OR s.activity_id = :activityId)"
            + " AND (:type IS NULL OR s.activity_id IN (SELECT t.id FROM activity t WHERE t.type = :type))"
            + " AND (:fromTime IS NULL OR s.answered_at >= :fromTime) AND (:toTime IS NULL OR s.answered_at < :toTime)"
            + PEOPLE_FILTER;

    String BASELINE_ANSWERS = "SELECT s.user_id, s.answer_value AS v" + ONE_ANSWER_EACH + " AND s.kind = 'BASELINE'"
            + " AND NOT EXISTS (SELECT 1 FROM survey_answer_value o WHERE o.indicator_id = s.indicator_id"
            + " AND o.user_id = s.user_id AND o.kind = 'BASELINE' AND (:activityId IS NULL OR o.activity_id = :activityId)"
            + " AND (:type IS NULL OR o.activity_id IN (SELECT t.id FROM activity t WHERE t.type = :type))"
            + " AND (:fromTime IS NULL OR o.answered_at >= :fromTime) AND (:toTime IS NULL OR o.answered_at < :toTime)"
            + " AND (o.answered_at < s.answered_at OR (o.answered_at = s.answered_at AND o.response_id < s.response_id)))";

    String LATER_ANSWERS = "SELECT s.user_id, s.answer_value AS v" + ONE_ANSWER_EACH + " AND s.kind <> 'BASELINE'"
            + " AND NOT EXISTS (SELECT 1 FROM survey_answer_value o WHERE o.indicator_id = s.indicator_id"
            + " AND o.user_id = s.user_id AND o.kind <> 'BASELINE' AND (:activityId IS NULL OR o.activity_id = :activityId)"
            + " AND (:type IS NULL OR o.activity_id IN (SELECT t.id FROM activity t WHERE t.type = :type))"
            + " AND (:fromTime IS NULL OR o.answered_at >= :fromTime) AND (:toTime IS NULL OR o.answered_at < :toTime)"
            + " AND (o.answered_at > s.answered_at OR (o.answered_at = s.answered_at AND o.response_id > s.response_id)))";

    @Query(value = "SELECT COUNT(*) AS people, AVG(x.v) AS mean, SUM(x.v) AS total FROM (" + BASELINE_ANSWERS + ") x",
            nativeQuery = true)
    Answers baseline(long indicatorId, @Nullable Long activityId, @Nullable Instant fromTime, @Nullable Instant toTime,
                     @Nullable String gender, @Nullable String countryGroup,
                 @Nullable String country, @Nullable String region, @Nullable String type);

    @Query(value = "SELECT COUNT(*) AS people, AVG(x.v) AS mean, SUM(x.v) AS total FROM (" + LATER_ANSWERS + ") x",
            nativeQuery = true)
    Answers later(long indicatorId, @Nullable Long activityId, @Nullable Instant fromTime, @Nullable Instant toTime,
                  @Nullable String gender, @Nullable String countryGroup,
                 @Nullable String country, @Nullable String region, @Nullable String type);

    /** The same people before and after: those with a baseline answer and a later one. */
    @Query(value = "SELECT COUNT(*) AS people, AVG(b.v) AS before_mean, SUM(b.v) AS before_total,"
            + " AVG(l.v) AS after_mean, SUM(l.v) AS after_total"
            + " FROM (" + BASELINE_ANSWERS + ") b JOIN (" + LATER_ANSWERS + ") l ON l.user_id = b.user_id", nativeQuery = true)
    Paired paired(long indicatorId, @Nullable Long activityId, @Nullable Instant fromTime, @Nullable Instant toTime,
                  @Nullable String gender, @Nullable String countryGroup,
                 @Nullable String country, @Nullable String region, @Nullable String type);

    @Introspected
    record Answers(Long people, @Nullable Double mean, @Nullable Double total) {
    }

    @Introspected
    record Paired(Long people, @Nullable Double beforeMean, @Nullable Double beforeTotal, @Nullable Double afterMean,
                  @Nullable Double afterTotal) {
    }
}
