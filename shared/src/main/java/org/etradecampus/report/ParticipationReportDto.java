package org.etradecampus.report;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A participation report: the totals (each person once, however many enrolments and rows), the
 * rows, and a report-ready sentence with the totals' numbers in the reader's language.
 */
@Serdeable
public record ParticipationReportDto(ParticipationFiguresDto totals, List<ParticipationRowDto> rows, String sentence) {
}
