package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;

/** Enrolment with capacity and a first-in first-out waitlist. */
@Tag(name = "Enrolments", description = "Enrolling, the waitlist, and withdrawing")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface EnrolmentApi {

    /**
     * The caller enrols: ENROLLED while seats remain, then WAITLISTED with her position. A retry with
     * the same {@code Idempotency-Key} returns the first answer and stores nothing new.
     */
    @ApiResponse(responseCode = "201", description = "Enrolled or waitlisted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnrolmentDto.class)))
    @Post("/api/activities/{activityId}/enrolments")
    HttpResponse<EnrolmentDto> enrol(@PathVariable String activityId,
                                     @Header("Idempotency-Key") @Nullable @Size(max = 100) String idempotencyKey);

    /** Hers, newest first; {@code activityId} narrows them to one activity. */
    @Get("/api/me/enrolments{?activityId,page,size}")
    PageDto<EnrolmentDto> mine(@QueryValue @Nullable @Size(max = 30) String activityId,
                               @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    /** Managers: the activity's enrolments, filtered by status and searched by name or e-mail, waitlist in order. */
    @Get("/api/activities/{activityId}/enrolments{?status,q,page,size}")
    RosterDto roster(@PathVariable String activityId, @QueryValue @Nullable EnrolmentStatus status,
                     @QueryValue @Nullable @Size(max = 200) String q,
                     @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size);

    /** The same list as CSV (UTF-8), every row, for spreadsheets. */
    @Get(value = "/api/activities/{activityId}/enrolments.csv{?status}", produces = "text/csv")
    HttpResponse<String> rosterCsv(@PathVariable String activityId, @QueryValue @Nullable EnrolmentStatus status);

    /** Managers enrol someone directly (eligibility and the enrolment window do not apply). */
    @ApiResponse(responseCode = "201", description = "Enrolled or waitlisted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnrolmentDto.class)))
    @Post("/api/activities/{activityId}/enrolments/direct")
    HttpResponse<EnrolmentDto> enrolDirectly(@PathVariable String activityId,
                                             @Body @NotNull @Valid ManagerEnrolmentRequest request);

    /** Managers give a waitlisted person a seat now, ahead of the queue; beyond capacity only with an override. */
    @Post("/api/enrolments/{id}/promote")
    EnrolmentDto promote(@PathVariable String id, @Body @Nullable @Valid ManagerEnrolmentRequest request);

    /** By the participant herself (or a manager): her seat goes to the first on the waitlist. */
    /**
     * A manager moves a seated person to the end of the waitlist; her seat goes to the first who was
     * waiting. While anyone waits, open enrolment gives no free seat to a newcomer.
     */
    @Post("/api/enrolments/{id}/waitlist")
    EnrolmentDto moveToWaitlist(@PathVariable String id);

    @Post("/api/enrolments/{id}/withdraw")
    EnrolmentDto withdraw(@PathVariable String id);
}
