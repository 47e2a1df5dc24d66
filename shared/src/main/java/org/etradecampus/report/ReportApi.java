package org.etradecampus.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.common.Problem;

import java.time.LocalDate;

/** Report-ready, disaggregated participation figures. */
@Tag(name = "Reports", description = "Participation figures for programme reports")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface ReportApi {

    /**
     * Managers: the programmes they manage (administrators: all); trainers: the activities they
     * train. Activities count when they start between {@code from} and {@code to}; {@code region}
     * (M49 region or sub-region code) and {@code country} filter the participants.
     * {@code groupBy} cuts the rows by the participant's country, M49 region or sub-region,
     * country group (as it stood at the activity's start; a person may count in several groups) or
     * gender, or by the activity's type, the activity, its programme, or the month or year it
     * started. {@code language} (en, fr, es) names rows and writes the sentence; the caller's by
     * default.
     */
    @Get("/api/reports/participation{?programmeId,activityId,type,from,to,region,country,groupBy,language}")
    ParticipationReportDto participation(@Nullable @QueryValue String programmeId, @Nullable @QueryValue String activityId,
                                         @Nullable @QueryValue ActivityType type, @Nullable @QueryValue LocalDate from,
                                         @Nullable @QueryValue LocalDate to,
                                         @Nullable @QueryValue @Pattern(regexp = "\\d{3}", message = "must be an M49 region code") String region,
                                         @Nullable @QueryValue @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO alpha-2 code") String country,
                                         @Nullable @QueryValue @Pattern(regexp = "country|region|subregion|countryGroup|gender|activityType|activity|programme|month|year",
                                                 message = "must be one of country, region, subregion, countryGroup, gender, activityType, activity, programme, month, year") String groupBy,
                                         @Nullable @QueryValue @Pattern(regexp = "en|fr|es", message = "must be en, fr or es") String language);

    /**
     * The same report as CSV: a header, one line per row, then the totals. {@code suppressSmall}
     * (true unless false is asked for, as files travel beyond the programme team) writes "<5" for
     * any count from 1 to 4, and hides a share resting on one. Cells that would run as formulas are
     * neutralised.
     */
    @Get(value = "/api/reports/participation.csv{?programmeId,activityId,type,from,to,region,country,groupBy,language,suppressSmall}",
            produces = "text/csv")
    HttpResponse<byte[]> participationCsv(@Nullable @QueryValue String programmeId, @Nullable @QueryValue String activityId,
                                         @Nullable @QueryValue ActivityType type, @Nullable @QueryValue LocalDate from,
                                         @Nullable @QueryValue LocalDate to,
                                         @Nullable @QueryValue @Pattern(regexp = "\\d{3}", message = "must be an M49 region code") String region,
                                         @Nullable @QueryValue @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO alpha-2 code") String country,
                                         @Nullable @QueryValue @Pattern(regexp = "country|region|subregion|countryGroup|gender|activityType|activity|programme|month|year",
                                                 message = "must be one of country, region, subregion, countryGroup, gender, activityType, activity, programme, month, year") String groupBy,
                                         @Nullable @QueryValue @Pattern(regexp = "en|fr|es", message = "must be en, fr or es") String language,
                                         @Nullable @QueryValue Boolean suppressSmall);

    /** The same as an XLSX workbook: numbers as numbers, and a second sheet with the filters, the sentence and the definitions. */
    @Get(value = "/api/reports/participation.xlsx{?programmeId,activityId,type,from,to,region,country,groupBy,language,suppressSmall}",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> participationXlsx(@Nullable @QueryValue String programmeId, @Nullable @QueryValue String activityId,
                                         @Nullable @QueryValue ActivityType type, @Nullable @QueryValue LocalDate from,
                                         @Nullable @QueryValue LocalDate to,
                                         @Nullable @QueryValue @Pattern(regexp = "\\d{3}", message = "must be an M49 region code") String region,
                                         @Nullable @QueryValue @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO alpha-2 code") String country,
                                         @Nullable @QueryValue @Pattern(regexp = "country|region|subregion|countryGroup|gender|activityType|activity|programme|month|year",
                                                 message = "must be one of country, region, subregion, countryGroup, gender, activityType, activity, programme, month, year") String groupBy,
                                         @Nullable @QueryValue @Pattern(regexp = "en|fr|es", message = "must be en, fr or es") String language,
                                         @Nullable @QueryValue Boolean suppressSmall);
}
