package org.etradecampus.review;

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
import jakarta.validation.constraints.Size;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;

import java.util.List;

/** Blind review of applications: the rubric, the reviewers, their work and their progress. */
@Tag(name = "Reviews", description = "Scoring applications against a rubric, blind")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface ReviewApi {

    /** The activity's managers and reviewers. */
    @Get("/api/activities/{id}/rubric")
    RubricDto rubric(@PathVariable String id);

    /** The activity's managers, until the first review is scored. */
    @Put("/api/activities/{id}/rubric")
    RubricDto saveRubric(@PathVariable String id, @Body @NotNull @Valid RubricDto rubric);

    /** The activity's managers: each reviewer with the reviews assigned to her and those she has scored. */
    @Get("/api/activities/{id}/reviewers")
    List<ReviewerProgressDto> reviewers(@PathVariable String id);

    @Put("/api/activities/{id}/reviewers")
    List<ReviewerProgressDto> assignReviewers(@PathVariable String id, @Body @NotNull @Valid AssignReviewersRequest request);

    /**
     * The activity's managers: gives every APPLIED application not yet assigned to
     * {@code reviewsPerApplication} different reviewers, in balanced batches.
     */
    @Post("/api/activities/{id}/review-assignments")
    ReviewAssignmentResultDto assign(@PathVariable String id, @Body @NotNull @Valid ReviewAssignmentRequest request);

    /** The caller's reviews, those still to score first; {@code pending=true} only those, {@code pending=false} only the scored. */
    @Get("/api/me/reviews{?activityId,pending,page,size}")
    PageDto<ReviewDto> mine(@QueryValue @Nullable @Size(max = 30) String activityId,
                            @QueryValue @Nullable Boolean pending,
                            @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    /** One of her reviews; anyone else's is 404. */
    @Get("/api/reviews/{id}")
    ReviewDto get(@PathVariable String id);

    /** Scores every criterion; she may correct her scores until the application is decided. */
    @Put("/api/reviews/{id}")
    ReviewDto score(@PathVariable String id, @Body @NotNull @Valid ScoreRequest request);
}
