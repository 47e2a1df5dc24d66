package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.PageDto;
import org.etradecampus.user.UserService;

import java.net.URI;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CommunityController implements CommunityApi {

    private final CommunityService communities;
    private final CurrentUser currentUser;
    private final UserService users;

    CommunityController(CommunityService communities, CurrentUser currentUser, UserService users) {
        this.communities = communities;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public List<CommunityDto> communities() {
        return communities.list(reader());
    }

    @Override
    public HttpResponse<CommunityDto> create(CommunityRequest request) {
        if (!currentUser.managesActivities()) {
            throw new ForbiddenException("Managers and administrators create communities.", "problem.forbidden");
        }
        CommunityDto created = communities.create(request, reader());
        return HttpResponse.created(created, URI.create("/api/communities/" + created.id()));
    }

    @Override
    public CommunityDto update(String id, CommunityRequest request) {
        return communities.update(CurrentUser.parseId(id), request, reader());
    }

    @Override
    public CommunityDto join(String id) {
        return communities.join(CurrentUser.parseId(id), reader());
    }

    @Override
    public CommunityDto leave(String id) {
        return communities.leave(CurrentUser.parseId(id), reader());
    }

    @Override
    public CommunityDto settings(String id, MembershipSettingsRequest request) {
        return communities.settings(CurrentUser.parseId(id), request.digest(), reader());
    }

    @Override
    public List<MemberDto> members(String id, @Nullable MemberStatus status) {
        return communities.members(CurrentUser.parseId(id), status, reader());
    }

    @Override
    public MemberDto changeMember(String id, String userId, MemberChangeRequest request) {
        return communities.changeMember(CurrentUser.parseId(id), CurrentUser.parseId(userId), request, reader());
    }

    @Override
    public PageDto<PostDto> posts(String id, @Nullable Integer page, @Nullable Integer size) {
        return communities.posts(CurrentUser.parseId(id), page == null ? 0 : page, size == null ? 10 : size, reader());
    }

    @Override
    public HttpResponse<PostDto> announce(String id, PostRequest request) {
        PostDto created = communities.announce(CurrentUser.parseId(id), request, reader());
        return HttpResponse.created(created, URI.create("/api/posts/" + created.id()));
    }

    @Override
    public HttpResponse<PostDto> comment(String id, PostRequest request) {
        PostDto created = communities.comment(CurrentUser.parseId(id), request, reader());
        return HttpResponse.created(created, URI.create("/api/posts/" + created.id()));
    }

    @Override
    public PostDto hide(String id, ReasonRequest request) {
        return communities.hide(CurrentUser.parseId(id), request.reason(), reader());
    }

    @Override
    public HttpResponse<AbuseReportDto> reportAbuse(String id, ReasonRequest request) {
        AbuseReportDto created = communities.reportAbuse(CurrentUser.parseId(id), request.reason(), reader());
        return HttpResponse.created(created, URI.create("/api/abuse-reports/" + created.id()));
    }

    @Override
    public List<AbuseReportDto> abuseReports(String id) {
        return communities.abuseReports(CurrentUser.parseId(id), reader());
    }

    @Override
    public AbuseReportDto resolve(String id) {
        return communities.resolve(CurrentUser.parseId(id), reader());
    }

    @Override
    public List<CommunityEventDto> events(String id) {
        return communities.events(CurrentUser.parseId(id));
    }

    @Override
    public List<CommunityEventDto> addEvent(String id, String activityId) {
        return communities.addEvent(CurrentUser.parseId(id), CurrentUser.parseId(activityId), reader());
    }

    @Override
    public List<CommunityEventDto> removeEvent(String id, String activityId) {
        return communities.removeEvent(CurrentUser.parseId(id), CurrentUser.parseId(activityId), reader());
    }

    private CommunityService.Reader reader() {
        long id = currentUser.id();
        return new CommunityService.Reader(id, currentUser.isAdmin(), users.get(id).locale());
    }
}
