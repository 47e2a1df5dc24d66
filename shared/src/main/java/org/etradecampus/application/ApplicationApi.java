package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
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
import jakarta.validation.constraints.Pattern;
import org.etradecampus.account.Gender;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;

/** Activities with the APPLICATION policy: the form, applying, screening and deciding. */
@Tag(name = "Applications", description = "Application forms, applying, screening and decisions")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface ApplicationApi {

    /** Anyone who can see the activity; an activity without a form has none (empty list). */
    @Get("/api/activities/{id}/application-form")
    ApplicationFormDto form(@PathVariable String id);

    /** The activity's managers, until the first application is submitted. */
    @Put("/api/activities/{id}/application-form")
    ApplicationFormDto saveForm(@PathVariable String id, @Body @NotNull @Valid ApplicationFormDto form);

    /** Her application to this activity, draft or sent; 404 when she has none. */
    @Get("/api/activities/{id}/application")
    ApplicationDto mine(@PathVariable String id);

    /** Saves her draft (answers checked only for shape); resumes a withdrawn one. Only while applications are open. */
    @Put("/api/activities/{id}/application")
    ApplicationDto saveDraft(@PathVariable String id, @Body @NotNull @Valid SaveApplicationRequest request);

    /** Sends her draft: every answer checked against the form, and her eligibility. Status APPLIED. */
    @Post("/api/activities/{id}/application/submit")
    ApplicationDto submit(@PathVariable String id);

    @Get("/api/me/applications{?page,size}")
    PageDto<ApplicationDto> myApplications(@QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    /** Her own application, before or after a decision; an enrolment it led to is withdrawn with it. */
    @Post("/api/applications/{id}/withdraw")
    ApplicationDto withdraw(@PathVariable String id);

    /**
     * The activity's managers: applications filtered in the database, best mean score first
     * ({@code sort=score}) or oldest first ({@code sort=submitted}).
     */
    @Get("/api/activities/{id}/applications{?status,country,region,gender,sort,page,size}")
    ApplicationListDto list(@PathVariable String id,
                            @QueryValue @Nullable ApplicationStatus status,
                            @QueryValue @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
                            @QueryValue @Nullable @Pattern(regexp = "\\d{3}", message = "must be an M49 code of three digits") String region,
                            @QueryValue @Nullable Gender gender,
                            @QueryValue @Nullable @Pattern(regexp = "score|submitted", message = "must be score or submitted") String sort,
                            @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size);

    /** Checks every APPLIED application against the activity's current rules and form; those that fail are SCREENED_OUT with the reason. */
    @Post("/api/activities/{id}/applications/screen")
    ScreeningResultDto screen(@PathVariable String id);

    /** Accepting never exceeds capacity: the whole batch is refused (409 application.over-capacity) if it would. */
    @Post("/api/activities/{id}/applications/decisions")
    DecisionResultDto decide(@PathVariable String id, @Body @NotNull @Valid DecisionRequest request);
}
