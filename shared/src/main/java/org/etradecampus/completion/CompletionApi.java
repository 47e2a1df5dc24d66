package org.etradecampus.completion;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.common.Problem;

/** What completing an activity takes. */
@Tag(name = "Completion", description = "Completion rules")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface CompletionApi {

    /** Anyone who can see the activity; the default (0.75) until a manager sets it. */
    @Get("/api/activities/{id}/completion-rule")
    CompletionRuleDto rule(@PathVariable String id);

    /** The activity's managers. */
    @Put("/api/activities/{id}/completion-rule")
    CompletionRuleDto saveRule(@PathVariable String id, @Body @NotNull @Valid CompletionRuleDto rule);
}
