package org.etradecampus.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxEmail, Long> {

    @Query(value = "SELECT id FROM outbox_email WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY id LIMIT :limit", nativeQuery = true)
    List<Long> findDue(Instant now, int limit);

    /** 1 when this instance got the e-mail, 0 when another did first. */
    @Query(value = "UPDATE outbox_email SET claimed_by = :claimant, claimed_until = :until WHERE id = :id"
            + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)", nativeQuery = true)
    int claim(long id, String claimant, Instant until, Instant now);

    @Query(value = "DELETE FROM outbox_email WHERE status IN ('SENT', 'LOGGED') AND sent_at < :before", nativeQuery = true)
    int deleteSentBefore(java.time.Instant before);

    @Query(value = "DELETE FROM outbox_email WHERE status = 'PENDING'", nativeQuery = true)
    int deletePending();

    @Query(value = "UPDATE outbox_email SET status = :status, attempts = attempts + 1, sent_at = :now,"
            + " claimed_by = NULL, claimed_until = NULL, last_error = NULL WHERE id = :id", nativeQuery = true)
    void markDone(long id, String status, Instant now);

    @Query(value = "UPDATE outbox_email SET status = :status, attempts = attempts + 1, next_attempt_at = :next,"
            + " claimed_by = NULL, claimed_until = NULL, last_error = :error WHERE id = :id", nativeQuery = true)
    void markFailed(long id, String status, Instant next, String error);
}
