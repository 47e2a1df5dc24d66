package org.etradecampus.programme;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
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
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.user.StaffDto;

import java.util.List;

/** Programmes group activities. Anyone may list them; managers and administrators create them. */
@Tag(name = "Programmes", description = "Programmes and their targets")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface ProgrammeApi {

    @Get("/api/programmes{?page,size}")
    PageDto<ProgrammeDto> list(@QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    @Get("/api/programmes/{id}")
    ProgrammeDto get(@PathVariable String id);

    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeDto.class)))
    @Post("/api/programmes")
    HttpResponse<ProgrammeDto> create(@Body @NotNull @Valid CreateProgrammeRequest request);

    /** The programme's managers and administrators; the body as for creation, partners replaced. */
    @Put("/api/programmes/{id}")
    ProgrammeDto update(@PathVariable String id, @Body @NotNull @Valid CreateProgrammeRequest request);

    /** Who manages it: visible to its managers and administrators. */
    @Get("/api/programmes/{id}/managers")
    List<StaffDto> managers(@PathVariable String id);

    @Put("/api/programmes/{id}/managers")
    List<StaffDto> assignManagers(@PathVariable String id, @Body @NotNull @Valid AssignManagersRequest request);
}
