package org.etradecampus.survey;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.common.Problem;

import java.util.List;

/** Survey templates of a programme, the surveys asked in activities, and participants' answers. */
@Tag(name = "Surveys", description = "Baseline, endline, follow-up and feedback surveys")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface SurveyApi {

    /** The programme's managers, and the trainers of its activities. */
    @Get("/api/programmes/{id}/survey-templates")
    List<SurveyTemplateDto> templates(@PathVariable String id);

    /** The programme's managers, for every change to templates. */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyTemplateDto.class)))
    @Post("/api/programmes/{id}/survey-templates")
    HttpResponse<SurveyTemplateDto> addTemplate(@PathVariable String id, @Body @NotNull @Valid SurveyTemplateRequest request);

    /** Until someone answers it (409 survey.answered). */
    @Put("/api/survey-templates/{id}")
    SurveyTemplateDto updateTemplate(@PathVariable String id, @Body @NotNull @Valid SurveyTemplateRequest request);

    /** Only one no activity asks (409 survey.template-in-use). */
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/survey-templates/{id}")
    HttpResponse<Void> deleteTemplate(@PathVariable String id);

    /** The activity's trainers and managers: its surveys with their windows and response rates. */
    @Get("/api/activities/{id}/surveys")
    List<ActivitySurveyDto> activitySurveys(@PathVariable String id);

    /** The activity's managers ask one of the programme's templates in it. */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivitySurveyDto.class)))
    @Post("/api/activities/{id}/surveys")
    HttpResponse<ActivitySurveyDto> attach(@PathVariable String id, @Body @NotNull @Valid AttachSurveyRequest request);

    /** The activity's managers move its window (to close it early, say). */
    @Put("/api/surveys/{id}/window")
    ActivitySurveyDto moveWindow(@PathVariable String id, @Body @NotNull @Valid SurveyWindowRequest request);

    /** The activity's managers, while nobody has answered (409 survey.answered). */
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/surveys/{id}")
    HttpResponse<Void> detach(@PathVariable String id);

    /** The surveys of her activities that are open now or that she answered, soonest closing first. */
    @Get("/api/me/surveys")
    List<MySurveyDto> mine();

    /** She, holding a seat in its activity, reads it with her answers; trainers and managers see it too. */
    @Get("/api/surveys/{id}")
    SurveyDto survey(@PathVariable String id);

    /** She answers, or changes her answers, while it is open (409 survey.closed otherwise). */
    @Put("/api/surveys/{id}/response")
    SurveyDto respond(@PathVariable String id, @Body @NotNull @Valid SurveyResponseRequest request);
}
