package org.etradecampus.activity;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.user.StaffDto;

import java.time.LocalDate;
import java.util.List;

/** The public catalogue, and what managers do to fill it. */
@Tag(name = "Activities", description = "The catalogue of masterclasses, courses, workshops, study tours and cohorts")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface ActivityApi {

    /** Published activities, soonest first. {@code open=true}: enrolment open now. {@code region}: M49 region or sub-region served. */
    @Get("/api/activities{?type,programmeId,region,country,language,open,from,to,q,page,size}")
    PageDto<ActivityDto> catalogue(@QueryValue @Nullable ActivityType type,
                                   @QueryValue @Nullable @Size(max = 30) String programmeId,
                                   @QueryValue @Nullable @Pattern(regexp = "\\d{3}", message = "must be an M49 code of three digits") String region,
                                   @QueryValue @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
                                   @QueryValue @Nullable @Pattern(regexp = "en|fr|es", message = "must be one of en, fr, es") String language,
                                   @QueryValue @Nullable Boolean open,
                                   @QueryValue @Nullable LocalDate from,
                                   @QueryValue @Nullable LocalDate to,
                                   @QueryValue @Nullable @Size(max = 200) String q,
                                   @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                   @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    /** A published activity for anyone; a draft only for its programme's managers and administrators. */
    @Get("/api/activities/{id}")
    ActivityDto get(@PathVariable String id);

    @ApiResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityDto.class)))
    @Post("/api/activities")
    HttpResponse<ActivityDto> create(@Body @NotNull @Valid CreateActivityRequest request);

    /**
     * Managers edit a draft or published activity with the same body as creation. The programme
     * cannot change; capacity cannot go below the seats taken, and raising it seats the waitlist in
     * order; the enrolment policy is fixed once published.
     */
    @Put("/api/activities/{id}")
    ActivityDto update(@PathVariable String id, @Body @NotNull @Valid CreateActivityRequest request);

    @Post("/api/activities/{id}/publish")
    ActivityDto publish(@PathVariable String id);

    @Post("/api/activities/{id}/close")
    ActivityDto close(@PathVariable String id);

    @Post("/api/activities/{id}/cancel")
    ActivityDto cancel(@PathVariable String id);

    /** The activities the caller is assigned to train, any status but draft, soonest first. */
    @Get("/api/me/teaching{?page,size}")
    PageDto<ActivityDto> teaching(@QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    /** Managers name who trains: those trainers then manage the activity's sessions. */
    @Put("/api/activities/{id}/trainers")
    List<StaffDto> assignTrainers(@PathVariable String id, @Body @NotNull @Valid AssignTrainersRequest request);

    @Get("/api/activities/{id}/trainers")
    List<StaffDto> trainers(@PathVariable String id);

    @Get("/api/activities/{id}/sessions")
    List<SessionDto> sessions(@PathVariable String id);

    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionDto.class)))
    /** Its assigned trainers, managers and administrators. */
    @Post("/api/activities/{id}/sessions")
    HttpResponse<SessionDto> addSession(@PathVariable String id, @Body @NotNull @Valid CreateSessionRequest request);

    /** Its assigned trainers, managers and administrators. */
    @Put("/api/sessions/{id}")
    SessionDto updateSession(@PathVariable String id, @Body @NotNull @Valid CreateSessionRequest request);

    @ApiResponse(responseCode = "204", description = "Deleted")
    @Delete("/api/sessions/{id}")
    HttpResponse<Void> deleteSession(@PathVariable String id);

    /** For the signed-in person: may she enrol, and if not, why. */
    @Get("/api/activities/{id}/eligibility")
    EligibilityCheckDto eligibility(@PathVariable String id);
}
