package org.etradecampus.community;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.completion.CompletionDto;
import org.etradecampus.completion.CompletionOverrideRequest;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class CommunityIT {

    static final Argument<List<CommunityDto>> COMMUNITIES = Argument.listOf(CommunityDto.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<PostDto>> POSTS = (Argument) Argument.of(PageDto.class, PostDto.class);
    static final Argument<List<MemberDto>> MEMBERS = Argument.listOf(MemberDto.class);

    @Inject
    Api api;

    Staff manager;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
    }

    @Test
    void managersCreateCommunitiesWithACheckedNameAndRegionAndModerateThem() {
        CommunityDto created = create("Latin America " + System.nanoTime(), "419", JoinPolicy.OPEN);
        Problem taken = api.problem(409, () -> create(created.name(), null, JoinPolicy.OPEN));
        Problem noRegion = api.problem(400, () -> create("Nowhere " + System.nanoTime(), "999", JoinPolicy.OPEN));
        Problem blank = api.problem(400, () -> create(" ", null, JoinPolicy.OPEN));
        Problem participant = api.problem(403, () -> api.post("/api/communities", new CommunityRequest("Mine " + System.nanoTime(),
                null, null, JoinPolicy.OPEN), api.participant("FEMALE", "PE"), CommunityDto.class));

        assertEquals("Latin America and the Caribbean", created.regionName());
        assertEquals(MemberRole.MODERATOR, created.myRole(), "the creator moderates");
        assertTrue(created.moderator());
        assertEquals(1, created.members());
        assertEquals("community.name-taken", taken.messageKey());
        assertEquals("regionCode", noRegion.errors().get(0).field());
        assertEquals("name", blank.errors().get(0).field());
        assertEquals("problem.forbidden", participant.messageKey());
    }

    @Test
    void onlyActiveMembersReadPostsAndAMemberWaitsForApprovalWhereItIsAsked() {
        CommunityDto community = create("South Asia " + System.nanoTime(), "034", JoinPolicy.APPROVAL);
        String priya = api.participant("FEMALE", "IN");
        api.post(posts(community), new PostRequest("Welcome", "Our first meetup is in May."), manager.token(), PostDto.class);

        Problem stranger = api.problem(403, () -> api.get(posts(community), priya, POSTS));
        CommunityDto asked = api.post("/api/communities/" + community.id() + "/join", "", priya, CommunityDto.class).body();
        Problem pending = api.problem(403, () -> api.get(posts(community), priya, POSTS));
        List<MemberDto> waiting = api.get("/api/communities/" + community.id() + "/members?status=PENDING", manager.token(), MEMBERS);
        Problem notModerator = api.problem(403, () -> api.get("/api/communities/" + community.id() + "/members", priya, MEMBERS));
        api.put("/api/communities/" + community.id() + "/members/" + id(priya), new MemberChangeRequest(MemberStatus.ACTIVE, null),
                manager.token(), MemberDto.class);
        PageDto<PostDto> read = api.get(posts(community), priya, POSTS);
        String declined = api.participant("FEMALE", "PK");
        api.post("/api/communities/" + community.id() + "/join", "", declined, CommunityDto.class);
        api.put("/api/communities/" + community.id() + "/members/" + id(declined), new MemberChangeRequest(MemberStatus.LEFT, null),
                manager.token(), MemberDto.class);
        CommunityDto askedAgain = api.post("/api/communities/" + community.id() + "/join", "", declined, CommunityDto.class).body();
        Problem leftIsOnlyForRequests = api.problem(400, () -> api.put("/api/communities/" + community.id() + "/members/" + id(priya),
                new MemberChangeRequest(MemberStatus.LEFT, null), manager.token(), MemberDto.class));

        assertEquals("community.members-only", stranger.messageKey());
        assertEquals(MemberStatus.PENDING, asked.myStatus());
        assertEquals("community.members-only", pending.messageKey());
        assertEquals(List.of(id(priya)), waiting.stream().map(MemberDto::userId).toList());
        assertEquals("community.moderators-only", notModerator.messageKey());
        assertEquals("Our first meetup is in May.", read.items().get(0).body());
        assertEquals(2, community(priya, community).members());
        assertEquals(MemberStatus.PENDING, askedAgain.myStatus(), "a declined request may be made again");
        assertEquals("status", leftIsOnlyForRequests.errors().get(0).field());
    }

    @Test
    void membersCommentAndReportAbuseModeratorsHidePostsAndRemoveMembers() {
        CommunityDto community = create("Africa " + System.nanoTime(), "002", JoinPolicy.OPEN);
        String awa = api.participant("FEMALE", "SN");
        String troll = api.participant("MALE", "KE");
        join(community, awa);
        join(community, troll);
        PostDto announcement = api.post(posts(community), new PostRequest("Export fair", "Who is going to Nairobi?"),
                manager.token(), PostDto.class).body();
        PostDto comment = api.post("/api/posts/" + announcement.id() + "/comments", new PostRequest(null, "I am!"), awa,
                PostDto.class).body();
        PostDto abuse = api.post("/api/posts/" + announcement.id() + "/comments", new PostRequest(null, "Buy followers here"), troll,
                PostDto.class).body();
        Problem membersDoNotAnnounce = api.problem(403, () -> api.post(posts(community), new PostRequest("Mine", "x"), awa,
                PostDto.class));
        Problem commentWithTitle = api.problem(400, () -> api.post("/api/posts/" + announcement.id() + "/comments",
                new PostRequest("Title", "x"), awa, PostDto.class));
        Problem onAComment = api.problem(409, () -> api.post("/api/posts/" + comment.id() + "/comments", new PostRequest(null, "x"),
                awa, PostDto.class));

        api.post("/api/posts/" + abuse.id() + "/abuse-reports", new ReasonRequest("Spam"), awa, AbuseReportDto.class);
        Problem twice = api.problem(409, () -> api.post("/api/posts/" + abuse.id() + "/abuse-reports", new ReasonRequest("Spam"),
                awa, AbuseReportDto.class));
        List<AbuseReportDto> reports = api.get("/api/communities/" + community.id() + "/abuse-reports", manager.token(),
                Argument.listOf(AbuseReportDto.class));
        api.post("/api/posts/" + abuse.id() + "/hide", new ReasonRequest("Spam"), manager.token(), PostDto.class);
        api.post("/api/abuse-reports/" + reports.get(0).id() + "/resolve", "", manager.token(), AbuseReportDto.class);
        api.put("/api/communities/" + community.id() + "/members/" + id(troll), new MemberChangeRequest(MemberStatus.REMOVED, null),
                manager.token(), MemberDto.class);

        List<PostDto> membersSee = api.get(posts(community), awa, POSTS).items().get(0).comments();
        List<PostDto> moderatorsSee = api.get(posts(community), manager.token(), POSTS).items().get(0).comments();
        Problem removedReads = api.problem(403, () -> api.get(posts(community), troll, POSTS));
        Problem removedRejoins = api.problem(403, () -> api.post("/api/communities/" + community.id() + "/join", "", troll,
                CommunityDto.class));

        assertEquals("community.moderators-only", membersDoNotAnnounce.messageKey());
        assertEquals("title", commentWithTitle.errors().get(0).field());
        assertEquals("community.not-announcement", onAComment.messageKey());
        assertEquals("community.already-reported", twice.messageKey());
        assertEquals("Buy followers here", reports.get(0).postExcerpt());
        assertEquals(List.of("I am!"), membersSee.stream().map(PostDto::body).toList(), "a hidden comment never reaches members");
        assertTrue(moderatorsSee.get(1).hidden());
        assertEquals("Spam", moderatorsSee.get(1).hiddenReason());
        assertEquals(List.of(), api.get("/api/communities/" + community.id() + "/abuse-reports", manager.token(),
                Argument.listOf(AbuseReportDto.class)), "resolved");
        assertEquals("community.members-only", removedReads.messageKey());
        assertEquals("community.removed", removedRejoins.messageKey());
    }

    @Test
    void membersSwitchTheDigestOffAndLeave() {
        CommunityDto community = create("Pacific " + System.nanoTime(), "009", JoinPolicy.OPEN);
        String mere = api.participant("FEMALE", "FJ");
        Problem notYet = api.problem(409, () -> api.put("/api/communities/" + community.id() + "/me",
                new MembershipSettingsRequest(false), mere, CommunityDto.class));
        CommunityDto joined = join(community, mere);
        CommunityDto quiet = api.put("/api/communities/" + community.id() + "/me", new MembershipSettingsRequest(false), mere,
                CommunityDto.class);
        CommunityDto left = api.post("/api/communities/" + community.id() + "/leave", "", mere, CommunityDto.class).body();
        CommunityDto back = join(community, mere);

        assertEquals("community.not-member", notYet.messageKey());
        assertEquals(true, joined.digest(), "digests are on by default");
        assertEquals(false, quiet.digest());
        assertEquals(MemberStatus.LEFT, left.myStatus());
        assertEquals(MemberStatus.ACTIVE, back.myStatus());
    }

    @Test
    void masterclassAlumnaeAreInvitedToTheirRegionsCommunityOnCompletion() {
        CommunityDto southAsia = create("South Asia alumnae " + System.nanoTime(), "034", JoinPolicy.APPROVAL);
        ActivityDto masterclass = aMasterclass().ofType(ActivityType.MASTERCLASS).starting(LocalDate.now().plusDays(2))
                .create(api, manager.token());
        ActivityDto workshop = aMasterclass().ofType(ActivityType.WORKSHOP).starting(LocalDate.now().plusDays(2))
                .create(api, manager.token());
        String nepal = api.participant("FEMALE", "NP");
        String kenya = api.participant("FEMALE", "KE");
        String workshopOnly = api.participant("FEMALE", "BD");
        complete(masterclass, nepal);
        complete(masterclass, kenya);
        complete(workshop, workshopOnly);

        CommunityDto invited = community(nepal, southAsia);
        CommunityDto accepted = join(southAsia, nepal);

        assertEquals(MemberStatus.INVITED, invited.myStatus());
        assertEquals(MemberStatus.ACTIVE, accepted.myStatus(), "an invitation needs no approval");
        assertNull(community(kenya, southAsia).myStatus(), "Kenya is not in Southern Asia");
        assertNull(community(workshopOnly, southAsia).myStatus(), "only masterclass alumnae are invited");
        assertFalse(api.get(posts(southAsia), nepal, POSTS).items().size() > 0);
    }

    @Test
    void moderatorsListCatalogueActivitiesAsTheCommunitysEvents() {
        CommunityDto community = create("Events " + System.nanoTime(), null, JoinPolicy.OPEN);
        ActivityDto later = aMasterclass().titled("Export fair").starting(LocalDate.now().plusDays(30)).create(api, manager.token());
        ActivityDto sooner = aMasterclass().titled("Payments webinar").starting(LocalDate.now().plusDays(5)).create(api, manager.token());
        ActivityDto draft = api.post("/api/activities", aMasterclass().titled("Draft").request(later.programmeId()), manager.token(),
                ActivityDto.class).body();
        String member = api.participant("FEMALE", "SN");
        String path = "/api/communities/" + community.id() + "/events/";

        api.put(path + later.id(), "", manager.token(), Argument.listOf(CommunityEventDto.class));
        api.put(path + sooner.id(), "", manager.token(), Argument.listOf(CommunityEventDto.class));
        api.put(path + sooner.id(), "", manager.token(), Argument.listOf(CommunityEventDto.class));
        Problem notInCatalogue = api.problem(404, () -> api.put(path + draft.id(), "", manager.token(),
                Argument.listOf(CommunityEventDto.class)));
        Problem notModerator = api.problem(403, () -> api.put(path + later.id(), "", member, Argument.listOf(CommunityEventDto.class)));
        List<CommunityEventDto> listed = api.get("/api/communities/" + community.id() + "/events", member,
                Argument.listOf(CommunityEventDto.class));
        api.delete(path + later.id(), manager.token());

        assertEquals(List.of("Payments webinar", "Export fair"), listed.stream().map(CommunityEventDto::title).toList(),
                "soonest first, each once");
        assertEquals("problem.not-found", notInCatalogue.messageKey(), "a draft is not in the catalogue");
        assertEquals("community.moderators-only", notModerator.messageKey());
        assertEquals(List.of("Payments webinar"), api.get("/api/communities/" + community.id() + "/events", member,
                Argument.listOf(CommunityEventDto.class)).stream().map(CommunityEventDto::title).toList());
    }

    private void complete(ActivityDto activity, String token) {
        String enrolment = api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class).body().id();
        api.put("/api/enrolments/" + enrolment + "/completion", new CompletionOverrideRequest(true, "Completed the action plan"),
                manager.token(), CompletionDto.class);
    }

    private CommunityDto create(String name, String region, JoinPolicy policy) {
        return api.post("/api/communities", new CommunityRequest(name, "Women digital entrepreneurs", region, policy),
                manager.token(), CommunityDto.class).body();
    }

    private CommunityDto join(CommunityDto community, String token) {
        return api.post("/api/communities/" + community.id() + "/join", "", token, CommunityDto.class).body();
    }

    private CommunityDto community(String token, CommunityDto community) {
        return api.get("/api/communities", token, COMMUNITIES).stream().filter(c -> c.id().equals(community.id())).findFirst()
                .orElseThrow();
    }

    private static String posts(CommunityDto community) {
        return "/api/communities/" + community.id() + "/posts";
    }

    private String id(String token) {
        return api.get("/api/me", token, MeDto.class).id();
    }
}
