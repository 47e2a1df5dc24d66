package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;

import java.util.List;

/**
 * Regional communities: joining, moderators, announcements and comments, hiding posts and removing
 * members, and members' reports of abuse. Only active members and moderators read a community's posts.
 */
@Tag(name = "Communities", description = "Regional communities of the network")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface CommunityApi {

    /** Every community, with the reader's own membership. */
    @Get("/api/communities")
    List<CommunityDto> communities();

    /** Managers and administrators; the creator becomes its first moderator. */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommunityDto.class)))
    @Post("/api/communities")
    HttpResponse<CommunityDto> create(@Body @NotNull @Valid CommunityRequest request);

    /** Its moderators and administrators. */
    @Put("/api/communities/{id}")
    CommunityDto update(@PathVariable String id, @Body @NotNull @Valid CommunityRequest request);

    /** ACTIVE at once in an OPEN community or when invited, else PENDING until a moderator accepts. */
    @Post("/api/communities/{id}/join")
    CommunityDto join(@PathVariable String id);

    @Post("/api/communities/{id}/leave")
    CommunityDto leave(@PathVariable String id);

    /** Her own settings: the e-mail digest of announcements, on by default. */
    @Put("/api/communities/{id}/me")
    CommunityDto settings(@PathVariable String id, @Body @NotNull @Valid MembershipSettingsRequest request);

    /** Moderators: the members, optionally of one status (PENDING to review requests). */
    @Get("/api/communities/{id}/members{?status}")
    List<MemberDto> members(@PathVariable String id, @Nullable @QueryValue MemberStatus status);

    /** Moderators accept or remove members and name other moderators. */
    @Put("/api/communities/{id}/members/{userId}")
    MemberDto changeMember(@PathVariable String id, @PathVariable String userId, @Body @NotNull @Valid MemberChangeRequest request);

    /** Announcements, newest first, each with its comments in order. */
    @Get("/api/communities/{id}/posts{?page,size}")
    PageDto<PostDto> posts(@PathVariable String id, @Nullable @QueryValue @Min(0) Integer page,
                           @Nullable @QueryValue @Min(1) @Max(50) Integer size);

    /** Moderators announce. */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostDto.class)))
    @Post("/api/communities/{id}/posts")
    HttpResponse<PostDto> announce(@PathVariable String id, @Body @NotNull @Valid PostRequest request);

    /** Members comment on an announcement. */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostDto.class)))
    @Post("/api/posts/{id}/comments")
    HttpResponse<PostDto> comment(@PathVariable String id, @Body @NotNull @Valid PostRequest request);

    /** Moderators hide a post (and its comments) from members, with a reason. */
    @Post("/api/posts/{id}/hide")
    PostDto hide(@PathVariable String id, @Body @NotNull @Valid ReasonRequest request);

    /** A member reports a post as abusive; once per post. */
    @ApiResponse(responseCode = "201", description = "Reported",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AbuseReportDto.class)))
    @Post("/api/posts/{id}/abuse-reports")
    HttpResponse<AbuseReportDto> reportAbuse(@PathVariable String id, @Body @NotNull @Valid ReasonRequest request);

    /** Moderators: reports not yet resolved, oldest first. */
    @Get("/api/communities/{id}/abuse-reports")
    List<AbuseReportDto> abuseReports(@PathVariable String id);

    /** The community's events: catalogue activities, soonest first, past ones last. */
    @Get("/api/communities/{id}/events")
    List<CommunityEventDto> events(@PathVariable String id);

    /** Moderators list a published catalogue activity among the community's events. */
    @Put("/api/communities/{id}/events/{activityId}")
    List<CommunityEventDto> addEvent(@PathVariable String id, @PathVariable String activityId);

    @Delete("/api/communities/{id}/events/{activityId}")
    List<CommunityEventDto> removeEvent(@PathVariable String id, @PathVariable String activityId);

    /** Moderators close a report, whether or not they hid the post. */
    @Post("/api/abuse-reports/{id}/resolve")
    AbuseReportDto resolve(@PathVariable String id);
}
