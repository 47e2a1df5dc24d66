package org.etradecampus.completion;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CompletionRepository extends CrudRepository<Completion, Long> {

    List<Completion> findByActivityId(long activityId);

    @Query(value = "SELECT * FROM completion WHERE enrolment_id = :enrolmentId FOR UPDATE", nativeQuery = true)
    Optional<Completion> lock(long enrolmentId);
}
