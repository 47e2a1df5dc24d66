package org.etradecampus.community;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Announcements and comments, and members' reports of abuse. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PostRepository extends GenericRepository<Community, Long> {

    String POST = "SELECT s.id, s.community_id, s.parent_id, s.author_id, u.display_name AS author_name, s.title, s.body,"
            + " s.created_at, s.hidden_at, s.hidden_reason FROM community_post s JOIN app_user u ON u.id = s.author_id";

    @Query(value = "INSERT INTO community_post (community_id, parent_id, author_id, title, body, created_at)"
            + " VALUES (:communityId, :parentId, :authorId, :title, :body, :now)", nativeQuery = true)
    void insert(long communityId, @Nullable Long parentId, long authorId, @Nullable String title, String body, Instant now);

    @Query(value = "SELECT MAX(id) FROM community_post WHERE author_id = :authorId", nativeQuery = true)
    long lastOf(long authorId);

    @Query(value = POST + " WHERE s.id = :id", nativeQuery = true)
    Optional<PostRow> find(long id);

    /** A page of announcements; moderators also get hidden ones. */
    @Query(value = POST + " WHERE s.community_id = :communityId AND s.parent_id IS NULL AND (:withHidden = TRUE OR s.hidden_at IS NULL)"
            + " ORDER BY s.id DESC LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<PostRow> announcements(long communityId, boolean withHidden, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM community_post WHERE community_id = :communityId AND parent_id IS NULL"
            + " AND (:withHidden = TRUE OR hidden_at IS NULL)", nativeQuery = true)
    long countAnnouncements(long communityId, boolean withHidden);

    @Query(value = POST + " WHERE s.parent_id IN (:parents) AND (:withHidden = TRUE OR s.hidden_at IS NULL) ORDER BY s.id",
            nativeQuery = true)
    List<PostRow> comments(Collection<Long> parents, boolean withHidden);

    /** Announcements still shown, after a post id, published since a time by someone else: what a reader's digest lists. */
    @Query(value = POST + " WHERE s.community_id = :communityId AND s.parent_id IS NULL AND s.hidden_at IS NULL AND s.id > :after"
            + " AND s.created_at >= :since AND s.author_id <> :readerId ORDER BY s.id", nativeQuery = true)
    List<PostRow> announcedAfter(long communityId, long after, Instant since, long readerId);

    @Query(value = "UPDATE community_post SET hidden_at = :now, hidden_by = :moderatorId, hidden_reason = :reason"
            + " WHERE id = :id AND hidden_at IS NULL", nativeQuery = true)
    void hide(long id, long moderatorId, String reason, Instant now);

    @Query(value = "SELECT COUNT(*) FROM community_report WHERE post_id = :postId AND reporter_id = :reporterId", nativeQuery = true)
    long reportsBy(long postId, long reporterId);

    @Query(value = "INSERT INTO community_report (post_id, reporter_id, reason, created_at) VALUES (:postId, :reporterId, :reason, :now)",
            nativeQuery = true)
    void report(long postId, long reporterId, String reason, Instant now);

    String REPORT = "SELECT r.id, r.post_id, s.community_id, a.display_name AS post_author_name, s.body AS post_body,"
            + " s.hidden_at AS post_hidden_at, u.display_name AS reporter_name, r.reason, r.created_at"
            + " FROM community_report r JOIN community_post s ON s.id = r.post_id JOIN app_user a ON a.id = s.author_id"
            + " JOIN app_user u ON u.id = r.reporter_id";

    @Query(value = REPORT + " WHERE s.community_id = :communityId AND r.resolved_at IS NULL ORDER BY r.id", nativeQuery = true)
    List<ReportRow> openReports(long communityId);

    @Query(value = REPORT + " WHERE r.id = :id", nativeQuery = true)
    Optional<ReportRow> findReport(long id);

    @Query(value = REPORT + " WHERE r.post_id = :postId AND r.reporter_id = :reporterId", nativeQuery = true)
    Optional<ReportRow> reportOf(long postId, long reporterId);

    @Query(value = "UPDATE community_report SET resolved_at = :now, resolved_by = :moderatorId WHERE id = :id AND resolved_at IS NULL",
            nativeQuery = true)
    void resolve(long id, long moderatorId, Instant now);

    @Introspected
    record PostRow(Long id, Long communityId, @Nullable Long parentId, Long authorId, String authorName, @Nullable String title,
                   String body, Instant createdAt, @Nullable Instant hiddenAt, @Nullable String hiddenReason) {
    }

    @Introspected
    record ReportRow(Long id, Long postId, Long communityId, String postAuthorName, String postBody, @Nullable Instant postHiddenAt,
                     String reporterName, String reason, Instant createdAt) {
    }
}
