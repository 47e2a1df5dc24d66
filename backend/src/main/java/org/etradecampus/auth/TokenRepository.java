package org.etradecampus.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TokenRepository extends CrudRepository<RefreshToken, Long> {

    @Query(value = "SELECT * FROM refresh_token WHERE token_hash = :tokenHash FOR UPDATE", nativeQuery = true)
    Optional<RefreshToken> lockByTokenHash(String tokenHash);

    @Query(value = "DELETE FROM refresh_token WHERE expires_at < :now", nativeQuery = true)
    long deleteExpired(Instant now);

    @Query(value = "UPDATE refresh_token SET used_at = :now WHERE id = :id", nativeQuery = true)
    void updateUsedAt(long id, Instant now);
}
