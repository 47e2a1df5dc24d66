package org.etradecampus.survey;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Surveys asked in activities, with what their lists need from templates, responses and seats. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SurveyRepository extends CrudRepository<ActivitySurvey, Long> {

    @Query(value = "SELECT * FROM activity_survey WHERE activity_id = :activityId ORDER BY created_at, id", nativeQuery = true)
    List<ActivitySurvey> ofActivity(long activityId);

    @Query(value = "SELECT COUNT(*) FROM activity_survey WHERE template_id = :templateId", nativeQuery = true)
    long countOfTemplate(long templateId);

    @Query(value = "SELECT COUNT(*) FROM activity_survey WHERE activity_id = :activityId AND template_id = :templateId"
            + " AND COALESCE(months_after, 0) = :monthsAfter", nativeQuery = true)
    long countAsked(long activityId, long templateId, int monthsAfter);

    @Query(value = "SELECT COUNT(*) FROM survey_response r JOIN activity_survey s ON s.id = r.activity_survey_id"
            + " WHERE s.template_id = :templateId", nativeQuery = true)
    long countResponsesToTemplate(long templateId);

    @Query(value = "SELECT user_id FROM survey_response WHERE activity_survey_id = :surveyId", nativeQuery = true)
    List<Long> respondents(long surveyId);

    @Query(value = "SELECT COUNT(*) FROM survey_response WHERE activity_survey_id = :surveyId", nativeQuery = true)
    long countResponses(long surveyId);

    /** Per survey of the activity: people holding a seat, and how many of them answered. */
    @Query(value = "SELECT s.id AS survey_id,"
            + " (SELECT COUNT(*) FROM enrolment e WHERE e.activity_id = s.activity_id AND e.status IN ('ENROLLED', 'COMPLETED')) AS eligible,"
            + " (SELECT COUNT(*) FROM survey_response r JOIN enrolment e ON e.activity_id = s.activity_id AND e.user_id = r.user_id"
            + " AND e.status IN ('ENROLLED', 'COMPLETED') WHERE r.activity_survey_id = s.id) AS responses"
            + " FROM activity_survey s WHERE s.activity_id = :activityId", nativeQuery = true)
    List<Rate> rates(long activityId);

    /** The surveys of activities she holds a seat in, with her response if any. */
    @Query(value = "SELECT s.id AS survey_id, r.submitted_at AS answered_at FROM activity_survey s"
            + " JOIN enrolment e ON e.activity_id = s.activity_id AND e.user_id = :userId AND e.status IN ('ENROLLED', 'COMPLETED')"
            + " JOIN activity a ON a.id = s.activity_id AND a.status IN ('PUBLISHED', 'CLOSED')"
            + " LEFT JOIN survey_response r ON r.activity_survey_id = s.id AND r.user_id = :userId", nativeQuery = true)
    List<Asked> askedOf(long userId);

    /** Surveys of running or finished activities that may be open now: the notice job's candidates. */
    @Query(value = "SELECT s.* FROM activity_survey s JOIN activity a ON a.id = s.activity_id"
            + " WHERE a.status IN ('PUBLISHED', 'CLOSED') AND a.end_date >= :endedSince ORDER BY s.id", nativeQuery = true)
    List<ActivitySurvey> noticeCandidates(java.time.LocalDate endedSince);

    @Query(value = "SELECT id FROM activity_survey WHERE id = :surveyId FOR UPDATE", nativeQuery = true)
    Optional<Long> lock(long surveyId);

    /** People holding a seat who have neither answered nor been asked by e-mail. */
    @Query(value = "SELECT e.user_id FROM enrolment e JOIN activity_survey s ON s.activity_id = e.activity_id"
            + " WHERE s.id = :surveyId AND e.status IN ('ENROLLED', 'COMPLETED')"
            + " AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.activity_survey_id = s.id AND r.user_id = e.user_id)"
            + " AND NOT EXISTS (SELECT 1 FROM survey_notice n WHERE n.activity_survey_id = s.id AND n.user_id = e.user_id)"
            + " ORDER BY e.user_id", nativeQuery = true)
    List<Long> toInvite(long surveyId);

    /** People asked before {@code askedBefore}, not yet reminded, still holding a seat, who have not answered. */
    @Query(value = "SELECT n.user_id FROM survey_notice n JOIN activity_survey s ON s.id = n.activity_survey_id"
            + " JOIN enrolment e ON e.activity_id = s.activity_id AND e.user_id = n.user_id AND e.status IN ('ENROLLED', 'COMPLETED')"
            + " WHERE n.activity_survey_id = :surveyId AND n.reminded_at IS NULL AND n.invited_at <= :askedBefore"
            + " AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.activity_survey_id = s.id AND r.user_id = n.user_id)"
            + " ORDER BY n.user_id", nativeQuery = true)
    List<Long> toRemind(long surveyId, Instant askedBefore);

    @Query(value = "INSERT INTO survey_notice (activity_survey_id, user_id, invited_at) VALUES (:surveyId, :userId, :now)",
            nativeQuery = true)
    void invited(long surveyId, long userId, Instant now);

    @Query(value = "UPDATE survey_notice SET reminded_at = :now WHERE activity_survey_id = :surveyId AND user_id = :userId",
            nativeQuery = true)
    void reminded(long surveyId, long userId, Instant now);

    @Query(value = "SELECT id FROM app_user WHERE id = :userId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockPerson(long userId);

    @Introspected
    record Rate(Long surveyId, Long eligible, Long responses) {
    }

    @Introspected
    record Asked(Long surveyId, @Nullable Instant answeredAt) {
    }
}
