package org.etradecampus.community;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.ActivityStatus;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Text;
import org.etradecampus.community.CommunityRepository.Member;
import org.etradecampus.community.PostRepository.PostRow;
import org.etradecampus.community.PostRepository.ReportRow;
import org.etradecampus.country.PlaceNames;
import org.etradecampus.mail.Notifications;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Communities and who belongs to them. Administrators moderate every community; otherwise its
 * active moderators do. Only active members and moderators read posts; members comment and report
 * abuse, moderators announce, hide posts and accept or remove members.
 */
@Singleton
public class CommunityService {

    /** Who is asking. */
    record Reader(long userId, boolean admin, String language) {
    }

    private final CommunityRepository communities;
    private final PostRepository posts;
    private final PlaceNames places;
    private final Clock clock;
    private final ActivityService activities;
    private final UserService users;
    private final Notifications notifications;
    private final String publicUrl;

    CommunityService(CommunityRepository communities, PostRepository posts, PlaceNames places, Clock clock, ActivityService activities,
                     UserService users, Notifications notifications, @Value("${campus.public-url}") String publicUrl) {
        this.activities = activities;
        this.users = users;
        this.notifications = notifications;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.communities = communities;
        this.posts = posts;
        this.places = places;
        this.clock = clock;
    }

    List<CommunityDto> list(Reader reader) {
        Map<Long, Member> mine = communities.membershipsOf(reader.userId()).stream()
                .collect(Collectors.toMap(Member::communityId, Function.identity()));
        Map<Long, Long> counts = communities.activeCounts().stream()
                .collect(Collectors.toMap(CommunityRepository.Count::communityId, CommunityRepository.Count::members));
        Map<String, String> regions = places.regions(reader.language());
        return communities.listOrderByName().stream()
                .map(c -> toDto(c, mine.get(c.id()), counts.getOrDefault(c.id(), 0L), regions, reader)).toList();
    }

    @Transactional
    CommunityDto create(CommunityRequest request, Reader reader) {
        String name = request.name().strip();
        if (communities.findByName(name).isPresent()) {
            throw nameTaken();
        }
        checkRegion(request.regionCode());
        Instant now = now();
        Community saved = communities.save(new Community(null, name, Text.blankToNull(request.description()),
                request.regionCode(), request.joinPolicy(), reader.userId(), now));
        communities.insertMember(saved.id(), reader.userId(), MemberRole.MODERATOR.name(), MemberStatus.ACTIVE.name(), now,
                reader.userId());
        return view(saved.id(), reader);
    }

    @Transactional
    CommunityDto update(long id, CommunityRequest request, Reader reader) {
        Community current = requireModerator(id, reader);
        String name = request.name().strip();
        if (communities.findByName(name).filter(c -> !c.id().equals(id)).isPresent()) {
            throw nameTaken();
        }
        checkRegion(request.regionCode());
        communities.update(new Community(id, name, Text.blankToNull(request.description()), request.regionCode(),
                request.joinPolicy(), current.createdBy(), current.createdAt()));
        return view(id, reader);
    }

    /** Joining twice changes nothing; one removed by a moderator cannot come back on her own. */
    @Transactional
    CommunityDto join(long id, Reader reader) {
        Community community = find(id);
        Optional<Member> current = communities.lockMember(id, reader.userId());
        String open = community.joinPolicy() == JoinPolicy.OPEN ? MemberStatus.ACTIVE.name() : MemberStatus.PENDING.name();
        if (current.isEmpty()) {
            communities.insertMember(id, reader.userId(), MemberRole.MEMBER.name(), open, now(), reader.userId());
        } else {
            Member member = current.get();
            switch (MemberStatus.valueOf(member.status())) {
                case INVITED -> communities.updateMember(id, reader.userId(), member.role(), MemberStatus.ACTIVE.name(), now(),
                        reader.userId());
                case LEFT -> communities.updateMember(id, reader.userId(), MemberRole.MEMBER.name(), open, now(), reader.userId());
                case REMOVED -> throw new ForbiddenException("A moderator removed you from this community.", "community.removed");
                case ACTIVE, PENDING -> {
                }
            }
        }
        return view(id, reader);
    }

    @Transactional
    CommunityDto leave(long id, Reader reader) {
        find(id);
        communities.lockMember(id, reader.userId()).filter(m -> !m.status().equals(MemberStatus.REMOVED.name())
                        && !m.status().equals(MemberStatus.LEFT.name()))
                .ifPresent(m -> communities.updateMember(id, reader.userId(), MemberRole.MEMBER.name(), MemberStatus.LEFT.name(),
                        now(), reader.userId()));
        return view(id, reader);
    }

    @Transactional
    CommunityDto settings(long id, boolean digest, Reader reader) {
        find(id);
        Member member = communities.member(id, reader.userId()).filter(Member::active)
                .orElseThrow(() -> new ConflictException("Join the community first.", "community.not-member", List.of()));
        communities.setDigest(id, member.userId(), digest, now());
        return view(id, reader);
    }

    List<MemberDto> members(long id, MemberStatus status, Reader reader) {
        requireModerator(id, reader);
        return communities.members(id, status == null ? null : status.name()).stream().map(CommunityService::toDto).toList();
    }

    /** Accept (ACTIVE) or remove (REMOVED) a member, or change her role; moderators and administrators. */
    @Transactional
    MemberDto changeMember(long id, long userId, MemberChangeRequest request, Reader reader) {
        requireModerator(id, reader);
        Member member = communities.lockMember(id, userId).orElseThrow(() -> new NotFoundException("No such member."));
        MemberStatus status = request.status() == null ? MemberStatus.valueOf(member.status()) : request.status();
        // Declining a request to join (LEFT) lets her ask again later; removing (REMOVED) does not.
        boolean declined = status == MemberStatus.LEFT && member.status().equals(MemberStatus.PENDING.name());
        if (request.status() != null && status != MemberStatus.ACTIVE && status != MemberStatus.REMOVED && !declined) {
            throw new ValidationException("status", "must be ACTIVE or REMOVED, or LEFT to decline a request to join",
                    "validation.invalid-value");
        }
        MemberRole role = status == MemberStatus.REMOVED || declined ? MemberRole.MEMBER
                : request.role() == null ? MemberRole.valueOf(member.role()) : request.role();
        communities.updateMember(id, userId, role.name(), status.name(), now(), reader.userId());
        return communities.members(id, null).stream().filter(m -> m.userId() == userId).findFirst().map(CommunityService::toDto)
                .orElseThrow();
    }

    PageDto<PostDto> posts(long id, int page, int size, Reader reader) {
        boolean moderator = requireReader(id, reader);
        List<PostRow> announcements = posts.announcements(id, moderator, size, (long) page * size);
        Map<Long, List<PostRow>> comments = announcements.isEmpty() ? Map.of()
                : posts.comments(announcements.stream().map(PostRow::id).toList(), moderator).stream()
                .collect(Collectors.groupingBy(PostRow::parentId));
        List<PostDto> items = announcements.stream()
                .map(a -> toDto(a, comments.getOrDefault(a.id(), List.of()).stream().map(c -> toDto(c, List.of())).toList()))
                .toList();
        return new PageDto<>(items, page, size, posts.countAnnouncements(id, moderator));
    }

    @Transactional
    PostDto announce(long id, PostRequest request, Reader reader) {
        requireModerator(id, reader);
        if (Text.blankToNull(request.title()) == null) {
            throw new ValidationException("title", "must not be blank", "validation.required");
        }
        posts.insert(id, null, reader.userId(), request.title().strip(), request.body().strip(), now());
        return toDto(posts.find(posts.lastOf(reader.userId())).orElseThrow(), List.of());
    }

    @Transactional
    PostDto comment(long postId, PostRequest request, Reader reader) {
        PostRow announcement = posts.find(postId).orElseThrow(CommunityService::noPost);
        boolean moderator = requireReader(announcement.communityId(), reader);
        if (announcement.parentId() != null || (announcement.hiddenAt() != null && !moderator)) {
            throw new ConflictException("Comments go under an announcement.", "community.not-announcement", List.of());
        }
        if (request.title() != null) {
            throw new ValidationException("title", "a comment has no title", "validation.invalid-value");
        }
        posts.insert(announcement.communityId(), postId, reader.userId(), null, request.body().strip(), now());
        return toDto(posts.find(posts.lastOf(reader.userId())).orElseThrow(), List.of());
    }

    @Transactional
    PostDto hide(long postId, String reason, Reader reader) {
        PostRow post = posts.find(postId).orElseThrow(CommunityService::noPost);
        requireModerator(post.communityId(), reader);
        posts.hide(postId, reader.userId(), reason.strip(), now());
        return toDto(posts.find(postId).orElseThrow(), List.of());
    }

    @Transactional
    AbuseReportDto reportAbuse(long postId, String reason, Reader reader) {
        PostRow post = posts.find(postId).orElseThrow(CommunityService::noPost);
        boolean moderator = requireReader(post.communityId(), reader);
        if (post.hiddenAt() != null && !moderator) {
            throw noPost();
        }
        if (posts.reportsBy(postId, reader.userId()) > 0) {
            throw new ConflictException("You already reported this post.", "community.already-reported", List.of());
        }
        posts.report(postId, reader.userId(), reason.strip(), now());
        return toDto(posts.reportOf(postId, reader.userId()).orElseThrow());
    }

    List<AbuseReportDto> abuseReports(long id, Reader reader) {
        requireModerator(id, reader);
        return posts.openReports(id).stream().map(CommunityService::toDto).toList();
    }

    @Transactional
    AbuseReportDto resolve(long reportId, Reader reader) {
        ReportRow report = posts.findReport(reportId).orElseThrow(() -> new NotFoundException("No such report."));
        requireModerator(report.communityId(), reader);
        posts.resolve(reportId, reader.userId(), now());
        return toDto(report);
    }

    /** Linked activities that are no longer published (cancelled, back to draft) drop out of the list. */
    List<CommunityEventDto> events(long id) {
        find(id);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return communities.events(id).stream().map(activities::find).flatMap(Optional::stream)
                .filter(a -> a.status() == ActivityStatus.PUBLISHED || a.status() == ActivityStatus.CLOSED)
                .map(a -> new CommunityEventDto(Long.toString(a.id()), a.title(), a.type(), a.startDate(), a.endDate(),
                        a.endDate().isBefore(today)))
                .sorted(Comparator.comparing(CommunityEventDto::past).thenComparing(CommunityEventDto::startDate)).toList();
    }

    @Transactional
    List<CommunityEventDto> addEvent(long id, long activityId, Reader reader) {
        requireModerator(id, reader);
        Activity activity = activities.visible(activityId, false);
        if (activity.status() != ActivityStatus.PUBLISHED && activity.status() != ActivityStatus.CLOSED) {
            throw new ConflictException("Only activities in the catalogue can be listed.", "community.event-not-published", List.of());
        }
        communities.addEvent(id, activityId, reader.userId(), now());
        return events(id);
    }

    @Transactional
    List<CommunityEventDto> removeEvent(long id, long activityId, Reader reader) {
        requireModerator(id, reader);
        communities.removeEvent(id, activityId);
        return events(id);
    }

    /**
     * Invite her to the communities of her region, unless she already has a place in one of them (or
     * left it), and tell her by e-mail in her language.
     */
    @Transactional
    public int invite(long userId, List<String> regionCodes) {
        int invited = 0;
        for (Community community : communities.findByRegionCodeIn(regionCodes)) {
            if (communities.lockMember(community.id(), userId).isEmpty()) {
                communities.insertMember(community.id(), userId, MemberRole.MEMBER.name(), MemberStatus.INVITED.name(), now(), null);
                notifications.message(Notifications.Kind.COMMUNITY_INVITED, users.get(userId), community.name(),
                        publicUrl + "/communities/" + community.id());
                invited++;
            }
        }
        return invited;
    }

    private CommunityDto view(long id, Reader reader) {
        return list(reader).stream().filter(c -> c.id().equals(Long.toString(id))).findFirst().orElseThrow();
    }

    private Community find(long id) {
        return communities.findById(id).orElseThrow(() -> new NotFoundException("No such community."));
    }

    private Community requireModerator(long id, Reader reader) {
        Community community = find(id);
        if (!reader.admin() && communities.member(id, reader.userId()).filter(Member::moderates).isEmpty()) {
            throw new ForbiddenException("Only this community's moderators may do that.", "community.moderators-only");
        }
        return community;
    }

    /** Whether she moderates; refused unless she is an active member. */
    private boolean requireReader(long id, Reader reader) {
        find(id);
        Optional<Member> member = communities.member(id, reader.userId());
        boolean moderator = reader.admin() || member.filter(Member::moderates).isPresent();
        if (!moderator && member.filter(Member::active).isEmpty()) {
            throw new ForbiddenException("Only this community's members read its posts.", "community.members-only");
        }
        return moderator;
    }

    private void checkRegion(String code) {
        if (code != null && !places.regions("en").containsKey(code)) {
            throw new ValidationException("regionCode", "is not an M49 region", "validation.invalid-value");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ConflictException nameTaken() {
        return new ConflictException("Another community has this name.", "community.name-taken",
                List.of(new org.etradecampus.common.Problem.FieldError("name", "is taken", "community.name-taken")));
    }

    private static NotFoundException noPost() {
        return new NotFoundException("No such post.");
    }

    private static CommunityDto toDto(Community c, Member mine, long members, Map<String, String> regions, Reader reader) {
        return new CommunityDto(Long.toString(c.id()), c.name(), c.description(), c.regionCode(),
                c.regionCode() == null ? null : regions.get(c.regionCode()), c.joinPolicy(), members,
                mine == null ? null : MemberStatus.valueOf(mine.status()), mine == null ? null : MemberRole.valueOf(mine.role()),
                mine == null ? null : Boolean.valueOf(mine.digest() == 1), reader.admin() || (mine != null && mine.moderates()));
    }

    private static MemberDto toDto(CommunityRepository.MemberRow m) {
        return new MemberDto(Long.toString(m.userId()), m.displayName(), m.countryCode(), MemberRole.valueOf(m.role()),
                MemberStatus.valueOf(m.status()), m.since());
    }

    private static PostDto toDto(PostRow p, List<PostDto> comments) {
        return new PostDto(Long.toString(p.id()), Long.toString(p.authorId()), p.authorName(), p.title(), p.body(), p.createdAt(),
                p.hiddenAt() != null, p.hiddenReason(), comments);
    }

    private static AbuseReportDto toDto(ReportRow r) {
        String excerpt = r.postBody().length() > 200 ? r.postBody().substring(0, 200) + "…" : r.postBody();
        return new AbuseReportDto(Long.toString(r.id()), Long.toString(r.postId()), r.postAuthorName(), excerpt,
                r.postHiddenAt() != null, r.reporterName(), r.reason(), r.createdAt());
    }
}
