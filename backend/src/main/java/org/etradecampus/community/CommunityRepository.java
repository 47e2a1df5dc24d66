package org.etradecampus.community;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CommunityRepository extends CrudRepository<Community, Long> {

    Optional<Community> findByName(String name);

    List<Community> listOrderByName();

    /** Communities tied to any of these M49 codes (a country's region, sub-region and intermediate region). */
    List<Community> findByRegionCodeIn(Collection<String> regionCodes);

    @Query(value = "SELECT community_id, user_id, role, status, digest, since FROM community_member"
            + " WHERE community_id = :communityId AND user_id = :userId", nativeQuery = true)
    Optional<Member> member(long communityId, long userId);

    /** Taken before changing a membership, so two requests for one person never both insert. */
    @Query(value = "SELECT community_id, user_id, role, status, digest, since FROM community_member"
            + " WHERE community_id = :communityId AND user_id = :userId FOR UPDATE", nativeQuery = true)
    Optional<Member> lockMember(long communityId, long userId);

    @Query(value = "SELECT community_id, user_id, role, status, digest, since FROM community_member WHERE user_id = :userId",
            nativeQuery = true)
    List<Member> membershipsOf(long userId);

    @Query(value = "SELECT community_id, COUNT(*) AS members FROM community_member WHERE status = 'ACTIVE' GROUP BY community_id",
            nativeQuery = true)
    List<Count> activeCounts();

    @Query(value = "INSERT INTO community_member (community_id, user_id, role, status, digest, since, updated_at, changed_by)"
            + " VALUES (:communityId, :userId, :role, :status, 1, :now, :now, :changedBy)", nativeQuery = true)
    void insertMember(long communityId, long userId, String role, String status, Instant now, @Nullable Long changedBy);

    @Query(value = "UPDATE community_member SET role = :role, status = :status, updated_at = :now, changed_by = :changedBy,"
            + " since = CASE WHEN status <> 'ACTIVE' AND :status = 'ACTIVE' THEN :now ELSE since END"
            + " WHERE community_id = :communityId AND user_id = :userId", nativeQuery = true)
    void updateMember(long communityId, long userId, String role, String status, Instant now, @Nullable Long changedBy);

    @Query(value = "UPDATE community_member SET digest = :digest, updated_at = :now WHERE community_id = :communityId"
            + " AND user_id = :userId", nativeQuery = true)
    void setDigest(long communityId, long userId, boolean digest, Instant now);

    @Query(value = "SELECT m.user_id, u.display_name, p.country_code, m.role, m.status, m.since FROM community_member m"
            + " JOIN app_user u ON u.id = m.user_id LEFT JOIN profile p ON p.user_id = m.user_id"
            + " WHERE m.community_id = :communityId AND (:status IS NULL OR m.status = :status)"
            + " ORDER BY m.role DESC, u.display_name, m.user_id", nativeQuery = true)
    List<MemberRow> members(long communityId, @Nullable String status);

    /** Locks the community while its digests go out, so two instances never send one twice. */
    @Query(value = "SELECT id FROM community WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Long> lock(long id);

    /** Active members who want digests and were not sent one within the period. */
    @Query(value = "SELECT m.user_id, m.since, COALESCE(m.digest_up_to, 0) AS up_to FROM community_member m"
            + " WHERE m.community_id = :communityId AND m.status = 'ACTIVE' AND m.digest = 1"
            + " AND (m.digest_sent_at IS NULL OR m.digest_sent_at <= :sentBefore)", nativeQuery = true)
    List<DigestReader> digestReaders(long communityId, Instant sentBefore);

    @Query(value = "UPDATE community_member SET digest_up_to = :upTo, digest_sent_at = :now"
            + " WHERE community_id = :communityId AND user_id = :userId", nativeQuery = true)
    void digestSent(long communityId, long userId, long upTo, Instant now);

    @Query(value = "SELECT activity_id FROM community_event WHERE community_id = :communityId", nativeQuery = true)
    List<Long> events(long communityId);

    @Query(value = "INSERT INTO community_event (community_id, activity_id, added_by, added_at)"
            + " SELECT :communityId, :activityId, :userId, :now FROM community WHERE id = :communityId AND NOT EXISTS"
            + " (SELECT 1 FROM community_event e WHERE e.community_id = :communityId AND e.activity_id = :activityId)", nativeQuery = true)
    void addEvent(long communityId, long activityId, long userId, Instant now);

    @Query(value = "DELETE FROM community_event WHERE community_id = :communityId AND activity_id = :activityId", nativeQuery = true)
    void removeEvent(long communityId, long activityId);

    @Introspected
    record DigestReader(Long userId, Instant since, Long upTo) {
    }

    @Introspected
    record Member(Long communityId, Long userId, String role, String status, Integer digest, Instant since) {

        boolean active() {
            return MemberStatus.ACTIVE.name().equals(status);
        }

        boolean moderates() {
            return active() && MemberRole.MODERATOR.name().equals(role);
        }
    }

    @Introspected
    record Count(Long communityId, Long members) {
    }

    @Introspected
    record MemberRow(Long userId, String displayName, @Nullable String countryCode, String role, String status, Instant since) {
    }
}
