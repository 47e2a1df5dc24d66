package org.etradecampus.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.etradecampus.common.Exceptions.ValidationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A participants file read into rows of text by column, whatever its form: CSV in UTF-8 (with or
 * without a byte-order mark) or Latin-1, separated by commas or semicolons, or the first sheet of an
 * XLSX workbook. Cells are text and stay text: a formula is kept as written, never evaluated.
 */
final class ImportFile {

    static final int MAX_ROWS = 10_000;

    /** The template's columns, and the other headers each accepts (lower case, spaces as _). */
    static final Map<String, List<String>> COLUMNS = columns();

    final String encoding;
    final List<String> ignoredColumns;
    final List<Map<String, String>> rows;

    private ImportFile(String encoding, List<String> ignoredColumns, List<Map<String, String>> rows) {
        this.encoding = encoding;
        this.ignoredColumns = ignoredColumns;
        this.rows = rows;
    }

    static ImportFile read(String fileName, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (zip || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return workbook(bytes);
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new ValidationException("file", "is an old Excel file: save it as .xlsx or .csv", "import.unreadable");
        }
        return csv(bytes);
    }

    private static ImportFile csv(byte[] bytes) {
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            encoding = "UTF-8 (BOM)";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                // Not UTF-8: spreadsheets saved on Windows in Western European languages are Windows-1252.
                text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
                encoding = "Windows-1252";
            }
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ValidationException("file", "is not a text file (UTF-16 or binary): save it as CSV UTF-8 or XLSX",
                    "import.unreadable");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
                checkSize(lines.size());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("file", "could not be read as CSV: " + e.getMessage(), "import.unreadable");
        }
        return fromLines(encoding, lines);
    }

    private static ImportFile workbook(byte[] bytes) {
        List<List<String>> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                // Rows may skip empty ones: keep the file's numbering so errors point at the right line.
                while (lines.size() < row.getRowNum() - 1) {
                    lines.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                lines.add(cells);
                checkSize(lines.size());
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException validation) {
                throw validation;
            }
            throw new ValidationException("file", "could not be read as an XLSX workbook", "import.unreadable");
        }
        return fromLines("XLSX", lines);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA) {
            return "=" + cell.getFormula();
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }

    private static void checkSize(int lines) {
        if (lines > MAX_ROWS + 1) {
            throw new ValidationException("file", "has more than " + MAX_ROWS + " rows: split it", "import.too-many-rows");
        }
    }

    private static ImportFile fromLines(String encoding, List<List<String>> lines) {
        if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
            throw new ValidationException("file", "has no header row", "import.no-header");
        }
        List<String> headers = lines.get(0);
        Map<Integer, String> columnAt = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i).strip();
            String column = canonical(header);
            if (column == null) {
                if (!header.isEmpty()) {
                    ignored.add(header);
                }
            } else if (!columnAt.containsValue(column)) {
                columnAt.put(i, column);
            }
        }
        for (String required : List.of("email", "name")) {
            if (!columnAt.containsValue(required)) {
                throw new ValidationException("file", "has no " + required + " column: see the template",
                        "import.missing-column");
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            List<String> cells = lines.get(line);
            Map<String, String> row = new LinkedHashMap<>();
            columnAt.forEach((index, column) -> row.put(column, index < cells.size() ? cells.get(index).strip() : ""));
            rows.add(row);
        }
        // Trailing blank lines are not rows.
        while (!rows.isEmpty() && rows.get(rows.size() - 1).values().stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        return new ImportFile(encoding, ignored, rows);
    }

    private static String canonical(String header) {
        String key = header.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_').replace("\uFEFF", "");
        return COLUMNS.entrySet().stream().filter(e -> e.getKey().equals(key) || e.getValue().contains(key))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("email", List.of("e_mail", "email_address", "courriel", "correo", "correo_electronico"));
        columns.put("name", List.of("full_name", "display_name", "nom", "nombre"));
        columns.put("country", List.of("country_code", "pays", "pais", "país"));
        columns.put("gender", List.of("sex", "genre", "sexe", "género", "genero"));
        columns.put("business_name", List.of("business", "company", "entreprise", "empresa"));
        columns.put("sector", List.of("secteur"));
        columns.put("women_led", List.of());
        columns.put("women_owned", List.of());
        columns.put("employees", List.of("employes", "employés", "empleados"));
        columns.put("language", List.of("locale", "langue", "idioma"));
        return columns;
    }
}
