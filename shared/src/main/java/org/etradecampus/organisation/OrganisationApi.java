package org.etradecampus.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.common.Problem;

import java.util.List;

/** Partner organisations, a managed list programmes refer to. */
@Tag(name = "Organisations", description = "Lead and partner organisations")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface OrganisationApi {

    /** All of them, by name: a short list. */
    @Get("/api/organisations")
    List<OrganisationDto> list();

    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationDto.class)))
    @Post("/api/organisations")
    HttpResponse<OrganisationDto> create(@Body @NotNull @Valid CreateOrganisationRequest request);

    @Put("/api/organisations/{id}")
    OrganisationDto update(@PathVariable String id, @Body @NotNull @Valid CreateOrganisationRequest request);
}
