package org.etradecampus.course;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
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

/** Online course material: modules and lessons in order, managed by trainers, marked done by participants. */
@Tag(name = "Courses", description = "Modules, lessons and progress")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface CourseApi {

    /** Those holding a seat (with their progress) and the activity's trainers and managers. */
    @Get("/api/activities/{id}/course")
    CourseDto course(@PathVariable String id);

    /** The activity's trainers and managers, for everything below but marking lessons done. */
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ModuleDto.class)))
    @Post("/api/activities/{id}/modules")
    HttpResponse<ModuleDto> addModule(@PathVariable String id, @Body @NotNull @Valid ModuleRequest request);

    @Put("/api/modules/{id}")
    ModuleDto updateModule(@PathVariable String id, @Body @NotNull @Valid ModuleRequest request);

    /** Only an empty module (409 course.module-not-empty otherwise). */
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/modules/{id}")
    HttpResponse<Void> deleteModule(@PathVariable String id);

    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LessonDto.class)))
    @Post("/api/modules/{id}/lessons")
    HttpResponse<LessonDto> addLesson(@PathVariable String id, @Body @NotNull @Valid LessonRequest request);

    @Put("/api/lessons/{id}")
    LessonDto updateLesson(@PathVariable String id, @Body @NotNull @Valid LessonRequest request);

    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/lessons/{id}")
    HttpResponse<Void> deleteLesson(@PathVariable String id);

    /** She marks a lesson done (again: nothing changes); her course with its progress. */
    @Put("/api/lessons/{id}/done")
    CourseDto markDone(@PathVariable String id);

    @Delete("/api/lessons/{id}/done")
    CourseDto markNotDone(@PathVariable String id);

    /**
     * The activity's trainers and managers attach a file ({@code file}, at most 1 MiB): PDF, PNG,
     * JPEG, Word, Excel, PowerPoint, plain text or CSV, checked by content as well as by name.
     */
    @ApiResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResourceDto.class)))
    @Post(value = "/api/lessons/{id}/resources", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ResourceDto> addResource(@PathVariable String id, CompletedFileUpload file);

    /** Those holding a seat and the activity's trainers and managers: the file, as an attachment. */
    @Get(value = "/api/resources/{id}", produces = MediaType.ALL)
    HttpResponse<byte[]> resource(@PathVariable String id);

    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/resources/{id}")
    HttpResponse<Void> deleteResource(@PathVariable String id);
}
