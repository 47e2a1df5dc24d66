package org.etradecampus.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SessionRepository extends CrudRepository<SessionFamily, String> {

    @Query(value = "UPDATE session_family SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL",
            nativeQuery = true)
    void updateRevoked(String familyId, Instant now);

    @Query(value = "UPDATE session_family SET revoked_at = :now WHERE user_id = :userId AND family_id <> :keep"
            + " AND revoked_at IS NULL", nativeQuery = true)
    void updateRevokedForUserExcept(long userId, String keep, Instant now);

    /** A session whose every refresh token has expired can never be used again. */
    @Query(value = "DELETE FROM session_family WHERE NOT EXISTS"
            + " (SELECT 1 FROM refresh_token t WHERE t.family_id = session_family.family_id)", nativeQuery = true)
    long deleteWithoutTokens();

    /**
     * The roles of a live session's enabled account, comma-separated; no row when the session is
     * revoked, unknown or not hers, or the account is disabled. One query on every authenticated request.
     */
    @Query(value = "SELECT GROUP_CONCAT(r.role) FROM session_family f JOIN app_user u ON u.id = f.user_id"
            + " LEFT JOIN user_role r ON r.user_id = u.id"
            + " WHERE f.family_id = :familyId AND f.user_id = :userId AND f.revoked_at IS NULL AND u.enabled = TRUE"
            + " GROUP BY u.id", nativeQuery = true)
    Optional<String> findLiveRoles(String familyId, long userId);
}
