package org.etradecampus.country;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.etradecampus.common.Problem;
import io.micronaut.http.annotation.Get;

import java.util.List;

/** Reference data, public. Short fixed lists, so not paginated. */
@Tag(name = "Reference data", description = "UN M49 countries and regions")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface CountryApi {

    @Get("/api/countries")
    List<CountryDto> countries();

    @Get("/api/regions")
    List<RegionDto> regions();
}
