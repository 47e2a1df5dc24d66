package org.etradecampus.outcome;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.common.Problem;

import java.time.LocalDate;
import java.util.List;

/** A programme's indicators and targets, its milestone catalogue, the milestones SMEs reach, and the figures. */
@Tag(name = "Outcomes", description = "Indicators, targets, milestones and outcome figures")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface OutcomeApi {

    /** The programme's managers, and the trainers of its activities. */
    @Get("/api/programmes/{id}/indicators")
    List<IndicatorDto> indicators(@PathVariable String id);

    /** The programme's managers, for everything that changes indicators and the milestone catalogue. */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorDto.class)))
    @Post("/api/programmes/{id}/indicators")
    HttpResponse<IndicatorDto> addIndicator(@PathVariable String id, @Body @NotNull @Valid IndicatorRequest request);

    /** Targets are replaced by those sent; how it is measured is fixed once survey answers feed it. */
    @Put("/api/indicators/{id}")
    IndicatorDto updateIndicator(@PathVariable String id, @Body @NotNull @Valid IndicatorRequest request);

    /** Only one that no survey question or answer refers to (409 outcome.indicator-in-use). */
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/indicators/{id}")
    HttpResponse<Void> deleteIndicator(@PathVariable String id);

    /**
     * Each indicator's baseline, latest value, change, paired before/after and target progress. The
     * participation report's filters narrow them: one of the programme's activities, an activity
     * type, the participants' M49 region or country, and a period ({@code from}, {@code to}) that
     * each target's own period is kept within: activity starts for participation, answer dates for
     * surveys, achievement dates for milestones.
     */
    @Get("/api/programmes/{id}/outcomes{?activityId,type,from,to,region,country}")
    List<OutcomeDto> programmeOutcomes(@PathVariable String id, @Nullable @QueryValue String activityId,
                                       @Nullable @QueryValue ActivityType type, @Nullable @QueryValue LocalDate from,
                                       @Nullable @QueryValue LocalDate to,
                                       @Nullable @QueryValue @Pattern(regexp = "\\d{3}", message = "must be an M49 region code") String region,
                                       @Nullable @QueryValue @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO alpha-2 code") String country);

    /** The same, over one activity's people; its programme's managers and its trainers. */
    @Get("/api/activities/{id}/outcomes")
    List<OutcomeDto> activityOutcomes(@PathVariable String id);

    /** Anyone who runs or takes part in one of the programme's activities. */
    @Get("/api/programmes/{id}/milestones")
    List<MilestoneDto> milestones(@PathVariable String id);

    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneDto.class)))
    @Post("/api/programmes/{id}/milestones")
    HttpResponse<MilestoneDto> addMilestone(@PathVariable String id, @Body @NotNull @Valid MilestoneRequest request);

    @Put("/api/milestones/{id}")
    MilestoneDto updateMilestone(@PathVariable String id, @Body @NotNull @Valid MilestoneRequest request);

    /** Only one nothing was recorded against (409 outcome.milestone-in-use). */
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/milestones/{id}")
    HttpResponse<Void> deleteMilestone(@PathVariable String id);

    /** Accelerator cohorts: its coaches (trainers) and managers see every SME's; an SME her own. */
    @Get("/api/activities/{id}/milestone-records")
    List<MilestoneRecordDto> milestoneRecords(@PathVariable String id);

    /** Coaches and managers record one for an SME holding a seat (VALIDATED); an SME reports her own (REPORTED). */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneRecordDto.class)))
    @Post("/api/activities/{id}/milestone-records")
    HttpResponse<MilestoneRecordDto> recordMilestone(@PathVariable String id, @Body @NotNull @Valid MilestoneRecordRequest request);

    /** Coaches and managers validate or reject what an SME reported. */
    @Put("/api/milestone-records/{id}/decision")
    MilestoneRecordDto decideMilestone(@PathVariable String id, @Body @NotNull @Valid MilestoneDecisionRequest request);

    /** Coaches and managers; an SME her own while still REPORTED. */
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/milestone-records/{id}")
    HttpResponse<Void> deleteMilestoneRecord(@PathVariable String id);
}
