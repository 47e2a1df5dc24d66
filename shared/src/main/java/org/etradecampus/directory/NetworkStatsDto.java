package org.etradecampus.directory;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The network in figures, for managers: published businesses (and how many women-led) by country
 * and region, how the directory grew month by month, members per community, and a report-ready sentence.
 */
@Serdeable
public record NetworkStatsDto(long businesses, long womenLed, long countries, List<Row> byCountry, List<Row> byRegion,
                              List<Month> growth, List<Row> communities, String sentence) {

    @Serdeable
    public record Row(String key, String label, long count, long womenLed) {
    }

    /** {@code month} as 2025-03; {@code total}: published listings first published by the month's end. */
    @Serdeable
    public record Month(String month, long added, long total) {
    }
}
