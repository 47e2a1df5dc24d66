package org.etradecampus.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;

import java.util.List;

/** The network directory of businesses: one's own listing, searching, contact requests, and the network's figures. */
@Tag(name = "Directory", description = "The network directory of women-led digital businesses")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface DirectoryApi {

    /** Her own listing; 404 before she writes one. */
    @Get("/api/me/listing")
    ListingDto myListing();

    /** Write her listing; {@code published: false} withdraws it from the directory at once. */
    @Put("/api/me/listing")
    ListingDto saveListing(@Body @NotNull @Valid ListingRequest request);

    /** Delete her listing altogether. */
    @Delete("/api/me/listing")
    HttpResponse<Void> deleteListing();

    /** Her logo: a PNG, JPEG or WebP image of at most 300 KB, replacing any earlier one. */
    @Post(value = "/api/me/listing/logo", consumes = MediaType.MULTIPART_FORM_DATA)
    ListingDto saveLogo(CompletedFileUpload file);

    @Delete("/api/me/listing/logo")
    ListingDto deleteLogo();

    /** A published listing's logo, for anyone (an {@code <img>} sends no token); 404 otherwise. */
    @io.swagger.v3.oas.annotations.security.SecurityRequirements({})
    @Get(value = "/api/directory/{id}/logo", produces = {"image/png", "image/jpeg", "image/webp"})
    HttpResponse<byte[]> logo(@PathVariable String id);

    /**
     * Published listings, by name: {@code q} searches names, sectors and offers; the other filters
     * narrow by sector, country, M49 region, women-led and what the business seeks.
     */
    @Get("/api/directory{?q,sector,country,region,womenLed,seeks,page,size}")
    PageDto<DirectoryEntryDto> search(@Nullable @QueryValue @Size(max = 100) String q,
                                      @Nullable @QueryValue @Size(max = 100) String sector,
                                      @Nullable @QueryValue @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO alpha-2 code") String country,
                                      @Nullable @QueryValue @Pattern(regexp = "\\d{3}", message = "must be an M49 region code") String region,
                                      @Nullable @QueryValue Boolean womenLed, @Nullable @QueryValue Seeking seeks,
                                      @Nullable @QueryValue @Min(0) Integer page, @Nullable @QueryValue @Min(1) @Max(50) Integer size);

    @Get("/api/directory/{id}")
    DirectoryEntryDto entry(@PathVariable String id);

    /** E-mails the business; the sender's address stays hidden until the business replies. */
    @ApiResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactRequestDto.class)))
    @Post("/api/directory/{id}/contact")
    HttpResponse<ContactRequestDto> contact(@PathVariable String id, @Body @NotNull @Valid ContactRequest request);

    /** Requests her business received, newest first; {@code sent=true}: those she sent. */
    @Get("/api/me/contact-requests{?sent}")
    List<ContactRequestDto> contactRequests(@Nullable @QueryValue Boolean sent);

    /** The business replies once: the reply is e-mailed to the sender with the business's address. */
    @Post("/api/contact-requests/{id}/reply")
    ContactRequestDto reply(@PathVariable String id, @Body @NotNull @Valid ContactRequest request);

    /** Managers and administrators: the network in figures. */
    @Get("/api/network/stats")
    NetworkStatsDto stats();
}
