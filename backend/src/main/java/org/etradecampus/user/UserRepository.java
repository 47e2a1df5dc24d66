package org.etradecampus.user;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query(value = "UPDATE app_user SET password_hash = :passwordHash, updated_at = :now WHERE id = :id", nativeQuery = true)
    void updatePasswordHash(long id, String passwordHash, java.time.Instant now);

    @Query(value = "SELECT role FROM user_role WHERE user_id = :userId ORDER BY role", nativeQuery = true)
    List<String> findRoles(long userId);

    @Query(value = "SELECT user_id, role FROM user_role WHERE user_id IN (:userIds)", nativeQuery = true)
    List<RoleRow> findRolesOf(Collection<Long> userIds);

    @Query(value = "INSERT INTO user_role (user_id, role) VALUES (:userId, :role)", nativeQuery = true)
    void insertRole(long userId, String role);

    @Query(value = "DELETE FROM user_role WHERE user_id = :userId", nativeQuery = true)
    void deleteRoles(long userId);

    @Query(value = "SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id"
            + " WHERE r.role = 'ADMIN' AND u.enabled = TRUE", nativeQuery = true)
    long countEnabledAdministrators();

    /** {@code pattern} is a LIKE pattern (escaped by the caller) or null for everyone. */
    @Query(value = "SELECT u.* FROM app_user u"
            + " WHERE (:pattern IS NULL OR LOWER(u.email) LIKE :pattern OR LOWER(u.display_name) LIKE :pattern)"
            + " AND (:role IS NULL OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role))"
            + " ORDER BY u.created_at DESC, u.id DESC LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<User> search(@Nullable String pattern, @Nullable String role, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM app_user u"
            + " WHERE (:pattern IS NULL OR LOWER(u.email) LIKE :pattern OR LOWER(u.display_name) LIKE :pattern)"
            + " AND (:role IS NULL OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role))",
            nativeQuery = true)
    long countSearch(@Nullable String pattern, @Nullable String role);

    /** Enabled accounts holding {@code role}, by name: colleagues a manager may name. */
    @Query(value = "SELECT u.* FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = :role"
            + " WHERE u.enabled = TRUE"
            + " AND (:pattern IS NULL OR LOWER(u.email) LIKE :pattern OR LOWER(u.display_name) LIKE :pattern)"
            + " ORDER BY u.display_name, u.id LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<User> staff(String role, @Nullable String pattern, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = :role"
            + " WHERE u.enabled = TRUE"
            + " AND (:pattern IS NULL OR LOWER(u.email) LIKE :pattern OR LOWER(u.display_name) LIKE :pattern)",
            nativeQuery = true)
    long countStaff(String role, @Nullable String pattern);

    @Query(value = "SELECT * FROM app_user WHERE id IN (:ids) ORDER BY display_name, id", nativeQuery = true)
    List<User> findByIds(Collection<Long> ids);

    @Query(value = "SELECT * FROM app_user WHERE email IN (:emails)", nativeQuery = true)
    List<User> findByEmails(Collection<String> emails);

    @Introspected
    record RoleRow(Long userId, String role) {
    }
}
