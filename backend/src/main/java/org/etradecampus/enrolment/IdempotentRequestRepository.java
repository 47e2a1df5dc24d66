package org.etradecampus.enrolment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotentRequestRepository extends CrudRepository<IdempotentRequest, String> {

    @Query(value = "SELECT * FROM idempotent_request WHERE request_key = :requestKey FOR UPDATE", nativeQuery = true)
    Optional<IdempotentRequest> lock(String requestKey);
}
