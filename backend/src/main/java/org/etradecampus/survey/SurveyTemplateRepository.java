package org.etradecampus.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SurveyTemplateRepository extends CrudRepository<SurveyTemplate, Long> {

    @Query(value = "SELECT * FROM survey_template WHERE programme_id = :programmeId ORDER BY kind, id", nativeQuery = true)
    List<SurveyTemplate> ofProgramme(long programmeId);

    @Query(value = "SELECT * FROM survey_template WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<SurveyTemplate> lock(long id);

    @Query(value = "SELECT DISTINCT s.template_id FROM survey_response r JOIN activity_survey s ON s.id = r.activity_survey_id"
            + " JOIN survey_template t ON t.id = s.template_id WHERE t.programme_id = :programmeId", nativeQuery = true)
    List<Long> answeredOf(long programmeId);

    @Query(value = "DELETE FROM survey_template_indicator WHERE template_id = :templateId", nativeQuery = true)
    void forgetIndicators(long templateId);

    @Query(value = "INSERT INTO survey_template_indicator (template_id, indicator_id) VALUES (:templateId, :indicatorId)",
            nativeQuery = true)
    void feedsIndicator(long templateId, long indicatorId);
}
