package org.etradecampus.country;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.etradecampus.common.Problem;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

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

    /** Administrators: the country's LDC, LLDC and SIDS memberships over time. */
    @SecurityRequirement(name = "bearerAuth")
    @Get("/api/countries/{code}/groups")
    CountryGroupsDto groups(@PathVariable String code);

    /**
     * Administrators replace the country's memberships (a graduation ends one on its date).
     * Reports count participants by the membership valid at their activity's start; eligibility
     * rules by today's.
     */
    @SecurityRequirement(name = "bearerAuth")
    @Put("/api/countries/{code}/groups")
    CountryGroupsDto replaceGroups(@PathVariable String code, @Body @NotNull @Valid CountryGroupsDto groups);
}
