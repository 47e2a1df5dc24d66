package org.etradecampus.completion;

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

/** What completing an activity takes. */
@Tag(name = "Completion", description = "Completion rules, completions and certificates")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface CompletionApi {

    /** Anyone who can see the activity; the default (0.75) until a manager sets it. */
    @Get("/api/activities/{id}/completion-rule")
    CompletionRuleDto rule(@PathVariable String id);

    @SecurityRequirement(name = "bearerAuth")
    /** The activity's managers. */
    @Put("/api/activities/{id}/completion-rule")
    CompletionRuleDto saveRule(@PathVariable String id, @Body @NotNull @Valid CompletionRuleDto rule);

    @SecurityRequirement(name = "bearerAuth")
    /** The activity's trainers and managers: everyone holding a seat, completed or not, and why. */
    @Get("/api/activities/{id}/completions")
    List<CompletionDto> completions(@PathVariable String id);

    @SecurityRequirement(name = "bearerAuth")
    /** The activity's trainers and managers decide instead of the rule, with a reason; a certificate follows a completion. */
    @Put("/api/enrolments/{id}/completion")
    CompletionDto override(@PathVariable String id, @Body @NotNull @Valid CompletionOverrideRequest request);

    @SecurityRequirement(name = "bearerAuth")
    /** Back to the rule. */
    @Delete("/api/enrolments/{id}/completion")
    CompletionDto clearOverride(@PathVariable String id);

    /** Public: what the certificate says and whether it is valid; 404 for a code that is no certificate's. */
    @Get("/api/certificates/{code}")
    CertificateDto certificate(@PathVariable String code);

    @SecurityRequirement(name = "bearerAuth")
    /** The PDF, in its holder's language; for her and the activity's trainers and managers. */
    @Get(value = "/api/certificates/{code}/pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(@PathVariable String code);

    @SecurityRequirement(name = "bearerAuth")
    /** The activity's managers, with a reason; the public page then says so. */
    @Post("/api/certificates/{code}/revoke")
    CertificateDto revoke(@PathVariable String code, @Body @NotNull @Valid RevokeRequest request);

    @SecurityRequirement(name = "bearerAuth")
    /** The caller's certificates, newest first. */
    @Get("/api/me/certificates")
    List<CertificateDto> mine();
}
