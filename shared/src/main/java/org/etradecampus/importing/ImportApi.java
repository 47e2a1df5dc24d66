package org.etradecampus.importing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;

/**
 * Participants brought in from a partner's spreadsheet (CSV or XLSX): a dry run first, then, once
 * the manager confirms, every valid row at once or none.
 */
@Tag(name = "Imports", description = "Bulk import of participants from CSV or XLSX")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface ImportApi {

    /** The template: the columns the import reads, with one example row. Public. */
    @Get(value = "/api/imports/template.csv", produces = "text/csv")
    HttpResponse<String> template();

    /** The activity's managers upload a file ({@code file}, at most 1 MB and 10,000 rows): it is checked, nothing is written. */
    @SecurityRequirement(name = "bearerAuth")
    @ApiResponse(responseCode = "201", description = "Checked",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportDto.class)))
    @Post(value = "/api/activities/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ImportDto> upload(@PathVariable String id, CompletedFileUpload file);

    @SecurityRequirement(name = "bearerAuth")
    @Get("/api/imports/{id}")
    ImportDto get(@PathVariable String id);

    @SecurityRequirement(name = "bearerAuth")
    /** The rows in file order; {@code invalidOnly=true}: those with problems. */
    @Get("/api/imports/{id}/rows{?invalidOnly,page,size}")
    PageDto<ImportRowDto> rows(@PathVariable String id,
                               @QueryValue(defaultValue = "false") boolean invalidOnly,
                               @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size);

    @SecurityRequirement(name = "bearerAuth")
    /** Writes every valid row in one transaction, in the background: poll {@code GET /api/imports/{id}} for progress. */
    @ApiResponse(responseCode = "202", description = "Started",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportDto.class)))
    @Post("/api/imports/{id}/confirm")
    HttpResponse<ImportDto> confirm(@PathVariable String id);
}
