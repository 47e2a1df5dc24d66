package org.etradecampus.directory;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactRepository extends GenericRepository<Listing, Long> {

    String ROW = "SELECT r.id, r.business_id, l.business_name, s.display_name AS sender_name, p.country_code AS sender_country_code,"
            + " s.email AS sender_email, r.message, r.created_at, r.reply, r.replied_at FROM contact_request r"
            + " JOIN business_listing l ON l.user_id = r.business_id JOIN app_user s ON s.id = r.sender_id"
            + " LEFT JOIN profile p ON p.user_id = r.sender_id";

    @Query(value = "INSERT INTO contact_request (business_id, sender_id, message, created_at) VALUES (:businessId, :senderId, :message, :now)",
            nativeQuery = true)
    void insert(long businessId, long senderId, String message, Instant now);

    @Query(value = "SELECT MAX(id) FROM contact_request WHERE sender_id = :senderId", nativeQuery = true)
    long lastOf(long senderId);

    @Query(value = "SELECT COUNT(*) FROM contact_request WHERE sender_id = :senderId AND created_at >= :since", nativeQuery = true)
    long sentSince(long senderId, Instant since);

    @Query(value = ROW + " WHERE r.id = :id", nativeQuery = true)
    Optional<Row> find(long id);

    @Query(value = "SELECT business_id, sender_id FROM contact_request WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Parties> lock(long id);

    @Query(value = ROW + " WHERE r.business_id = :businessId ORDER BY r.id DESC LIMIT 200", nativeQuery = true)
    List<Row> received(long businessId);

    @Query(value = ROW + " WHERE r.sender_id = :senderId ORDER BY r.id DESC LIMIT 200", nativeQuery = true)
    List<Row> sent(long senderId);

    @Query(value = "UPDATE contact_request SET reply = :reply, replied_at = :now WHERE id = :id AND replied_at IS NULL", nativeQuery = true)
    void reply(long id, String reply, Instant now);

    @Introspected
    record Row(Long id, Long businessId, String businessName, String senderName, @Nullable String senderCountryCode, String senderEmail,
               String message, Instant createdAt, @Nullable String reply, @Nullable Instant repliedAt) {
    }

    @Introspected
    record Parties(Long businessId, Long senderId) {
    }
}
