package org.etradecampus.completion;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateRepository extends CrudRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    @Query(value = "SELECT * FROM certificate WHERE enrolment_id = :enrolmentId AND revoked_at IS NULL FOR UPDATE",
            nativeQuery = true)
    Optional<Certificate> lockValid(long enrolmentId);

    @Query(value = "SELECT * FROM certificate WHERE activity_id = :activityId AND revoked_at IS NULL", nativeQuery = true)
    List<Certificate> validOfActivity(long activityId);

    @Query(value = "SELECT * FROM certificate WHERE user_id = :userId ORDER BY issued_at DESC, id DESC LIMIT 100", nativeQuery = true)
    List<Certificate> ofUser(long userId);
}
