package org.etradecampus.attendance;

import io.micronaut.http.annotation.Body;
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

/** Attendance: the trainer's sheet, self check-in with a rotating code, and rates. */
@Tag(name = "Attendance", description = "Attendance sheets, self check-in and attendance rates")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface AttendanceApi {

    /** The activity's trainers and managers: everyone holding a seat, with her mark. */
    @Get("/api/sessions/{id}/attendance")
    AttendanceSheetDto sheet(@PathVariable String id);

    /** The activity's trainers and managers save a batch of marks; the latest mark of each person wins. */
    @Put("/api/sessions/{id}/attendance")
    AttendanceSheetDto mark(@PathVariable String id, @Body @NotNull @Valid AttendanceRequest request);

    /** The activity's trainers and managers: the code to show now, from 30 minutes before the session to its end. */
    @Get("/api/sessions/{id}/check-in-code")
    CheckInCodeDto checkInCode(@PathVariable String id);

    /** A participant holding a seat marks herself present (late after the first 15 minutes). Guessing is throttled. */
    @Post("/api/sessions/{id}/check-in")
    AttendanceEntryDto checkIn(@PathVariable String id, @Body @NotNull @Valid CheckInRequest request);

    /** The activity's trainers and managers: rates per person and overall, and who is at risk of not completing. */
    @Get("/api/activities/{id}/attendance")
    ActivityAttendanceDto rates(@PathVariable String id);
}
