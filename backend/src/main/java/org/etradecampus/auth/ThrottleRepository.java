package org.etradecampus.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThrottleRepository extends CrudRepository<ThrottleEntry, String> {

    List<ThrottleEntry> findByThrottleKeyIn(Collection<String> keys);

    /** Creates the row if absent, without failing when another instance just did. */
    @Query(value = "INSERT IGNORE INTO sign_in_throttle (throttle_key, failures, window_start)"
            + " VALUES (:key, 0, :now)", nativeQuery = true)
    void insertIfAbsent(String key, Instant now);

    @Query(value = "SELECT * FROM sign_in_throttle WHERE throttle_key = :key FOR UPDATE", nativeQuery = true)
    Optional<ThrottleEntry> lock(String key);

    @Query(value = "DELETE FROM sign_in_throttle WHERE window_start < :windowStartedBefore"
            + " AND (blocked_until IS NULL OR blocked_until < :now)", nativeQuery = true)
    long deleteSettled(Instant windowStartedBefore, Instant now);

    @Query(value = "DELETE FROM sign_in_throttle WHERE throttle_key = :key", nativeQuery = true)
    void deleteKey(String key);
}
