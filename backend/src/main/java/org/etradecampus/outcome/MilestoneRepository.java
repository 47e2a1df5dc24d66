package org.etradecampus.outcome;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MilestoneRepository extends CrudRepository<Milestone, Long> {

    @Query(value = "SELECT * FROM milestone WHERE programme_id = :programmeId ORDER BY position, id", nativeQuery = true)
    List<Milestone> ofProgramme(long programmeId);

    Optional<Milestone> findByProgrammeIdAndCode(long programmeId, String code);

    @Query(value = "SELECT COALESCE(MAX(position), 0) FROM milestone WHERE programme_id = :programmeId", nativeQuery = true)
    int lastPosition(long programmeId);

    @Query(value = "SELECT COUNT(*) FROM milestone_record WHERE milestone_id = :milestoneId", nativeQuery = true)
    long countRecords(long milestoneId);
}
