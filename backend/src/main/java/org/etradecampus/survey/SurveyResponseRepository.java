package org.etradecampus.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SurveyResponseRepository extends CrudRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByActivitySurveyIdAndUserId(long activitySurveyId, long userId);

    @Query(value = "DELETE FROM survey_answer_value WHERE response_id = :responseId", nativeQuery = true)
    void forgetValues(long responseId);

    @Query(value = "INSERT INTO survey_answer_value (response_id, indicator_id, programme_id, activity_id, user_id, kind,"
            + " answer_value, answered_at) VALUES (:responseId, :indicatorId, :programmeId, :activityId, :userId, :kind,"
            + " :value, :answeredAt)", nativeQuery = true)
    void keepValue(long responseId, long indicatorId, long programmeId, long activityId, long userId, String kind,
                   double value, Instant answeredAt);
}
