package org.etradecampus.report;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.etradecampus.common.SpreadsheetCells;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A participation report as CSV or XLSX. With small numbers hidden, a count from 1 to 4 becomes
 * "<5", and so does a women's share resting on such a count, so no one can be singled out.
 */
@Singleton
class ParticipationExports {

    static final int SMALLEST_SHOWN = 5;

    /** What the file says about how it was made: the filters as the reader asked for them. */
    record Described(Map<String, String> filters, boolean suppressSmall) {
    }

    String csv(ParticipationReportDto report, String language, Described described) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(ReportLabels.columns(language)).get())) {
            for (List<Object> line : lines(report, language, described.suppressSmall())) {
                printer.printRecord(line.stream().map(cell -> cell instanceof String text ? SpreadsheetCells.neutralised(text) : cell)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    byte[] xlsx(ParticipationReportDto report, String language, Described described) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "eTrade Campus", "1.0");
            Worksheet sheet = workbook.newWorksheet(ReportLabels.sheet("report", language));
            String[] columns = ReportLabels.columns(language);
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c]);
                sheet.style(0, c).bold().set();
            }
            List<List<Object>> lines = lines(report, language, described.suppressSmall());
            for (int r = 0; r < lines.size(); r++) {
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object cell = line.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r + 1, c, number);
                        if (c == 5) {
                            sheet.style(r + 1, c).format("0.0%").set();
                        }
                    } else if (cell != null) {
                        sheet.value(r + 1, c, SpreadsheetCells.neutralised(cell.toString()));
                    }
                }
            }
            Worksheet about = workbook.newWorksheet(ReportLabels.sheet("about", language));
            int row = 0;
            about.value(row++, 0, report.sentence());
            row++;
            for (Map.Entry<String, String> filter : described.filters().entrySet()) {
                about.value(row, 0, filter.getKey());
                about.value(row++, 1, SpreadsheetCells.neutralised(filter.getValue()));
            }
            about.value(row++, 0, ReportLabels.sheet("smallNumbers", language) + ": "
                    + (described.suppressSmall() ? ReportLabels.sheet("hidden", language) : ReportLabels.sheet("shown", language)));
            row++;
            for (String definition : ReportLabels.definitions(language)) {
                about.value(row++, 0, definition);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One line per row and the totals last: key, label, then the counts (the share as a fraction). */
    private static List<List<Object>> lines(ParticipationReportDto report, String language, boolean suppress) {
        List<List<Object>> lines = new ArrayList<>();
        for (ParticipationRowDto r : report.rows()) {
            lines.add(line(r.key(), r.label(), r.registered(), r.attended(), r.completed(), r.women(), r.womenShare(),
                    r.genderUndisclosed(), r.countries(), r.ldcParticipants(), r.lldcParticipants(), r.sidsParticipants(), suppress));
        }
        ParticipationFiguresDto t = report.totals();
        lines.add(line("TOTAL", ReportLabels.sheet("total", language), t.registered(), t.attended(), t.completed(), t.women(),
                t.womenShare(), t.genderUndisclosed(), t.countries(), t.ldcParticipants(), t.lldcParticipants(), t.sidsParticipants(),
                suppress));
        return lines;
    }

    private static List<Object> line(String key, String label, long registered, long attended, long completed, long women,
                                     Double share, long undisclosed, long countries, long ldc, long lldc, long sids,
                                     boolean suppress) {
        List<Object> line = new ArrayList<>();
        line.add(key);
        line.add(label);
        line.add(count(registered, suppress));
        line.add(count(attended, suppress));
        line.add(count(completed, suppress));
        line.add(count(women, suppress));
        boolean shareHidden = suppress && (small(women) || small(registered) || small(registered - women));
        line.add(share == null ? null : shareHidden ? "<" + SMALLEST_SHOWN : share);
        line.add(count(undisclosed, suppress));
        line.add(countries);
        line.add(count(ldc, suppress));
        line.add(count(lldc, suppress));
        line.add(count(sids, suppress));
        return line;
    }

    private static Object count(long people, boolean suppress) {
        return suppress && small(people) ? "<" + SMALLEST_SHOWN : (Object) people;
    }

    private static boolean small(long people) {
        return people > 0 && people < SMALLEST_SHOWN;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
