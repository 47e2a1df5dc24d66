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

    @Query(value = "SELECT id FROM app_user WHERE id = :userId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockPerson(long userId);

    @Introspected
    record Rate(Long surveyId, Long eligible, Long responses) {
    }

    @Introspected
    record Asked(Long surveyId, @Nullable Instant answeredAt) {
    }
}
