package org.etradecampus.outcome;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorRepository extends CrudRepository<Indicator, Long> {

    @Query(value = "SELECT * FROM indicator WHERE programme_id = :programmeId ORDER BY code", nativeQuery = true)
    List<Indicator> ofProgramme(long programmeId);

    Optional<Indicator> findByProgrammeIdAndCode(long programmeId, String code);

    @Query(value = "SELECT * FROM indicator WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Indicator> lock(long id);

    @Query(value = "SELECT COUNT(*) FROM survey_template_indicator WHERE indicator_id = :indicatorId", nativeQuery = true)
    long countQuestions(long indicatorId);

    @Query(value = "SELECT COUNT(*) FROM survey_answer_value WHERE indicator_id = :indicatorId", nativeQuery = true)
    long countAnswers(long indicatorId);

    @Query(value = "SELECT COUNT(*) FROM indicator WHERE milestone_id = :milestoneId", nativeQuery = true)
    long countUsingMilestone(long milestoneId);
}
