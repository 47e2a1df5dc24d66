package org.etradecampus.auth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.etradecampus.user.User;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRepository extends GenericRepository<User, Long> {

    @Query(value = "INSERT INTO invitation (token_hash, user_id, expires_at, created_at) VALUES (:tokenHash, :userId, :expiresAt, :now)",
            nativeQuery = true)
    void insert(String tokenHash, long userId, Instant expiresAt, Instant now);

    @Query(value = "SELECT token_hash, user_id, expires_at, used_at FROM invitation WHERE token_hash = :tokenHash FOR UPDATE",
            nativeQuery = true)
    Optional<Invitation> lock(String tokenHash);

    @Query(value = "UPDATE invitation SET used_at = :now WHERE token_hash = :tokenHash", nativeQuery = true)
    void markUsed(String tokenHash, Instant now);

    @Introspected
    record Invitation(String tokenHash, Long userId, Instant expiresAt, @io.micronaut.core.annotation.Nullable Instant usedAt) {
    }
}
