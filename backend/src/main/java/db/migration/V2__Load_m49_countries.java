package db.migration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the UN M49 reference file shipped in the jar. A Java migration rather than generated SQL so
 * the CSV stays the one readable source; it runs once, after which administrators own the data.
 */
public class V2__Load_m49_countries extends BaseJavaMigration {

    static final String RESOURCE = "/reference/m49-countries.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, String[]> regions = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(RESOURCE), RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            var rows = csv.getRecords();
            for (CSVRecord row : rows) {
                collectRegion(regions, row, "region", "REGION", null);
                collectRegion(regions, row, "subregion", "SUBREGION", blankToNull(row.get("region_code")));
                collectRegion(regions, row, "intermediate_region", "INTERMEDIATE", blankToNull(row.get("subregion_code")));
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO region (code, level, parent_code, name_en, name_fr, name_es) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (var region : regions.entrySet()) {
                    String[] v = region.getValue();
                    insert.setString(1, region.getKey());
                    insert.setString(2, v[0]);
                    insert.setString(3, v[1]);
                    insert.setString(4, v[2]);
                    insert.setString(5, v[3]);
                    insert.setString(6, v[4]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO country (code, iso3, m49, name_en, name_fr, name_es, region_code, subregion_code,"
                            + " intermediate_region_code, ldc, lldc, sids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CSVRecord row : rows) {
                    // Namibia's code is "NA": read as text, never as a null marker.
                    insert.setString(1, row.get("iso_alpha2"));
                    insert.setString(2, row.get("iso_alpha3"));
                    insert.setString(3, row.get("m49"));
                    insert.setString(4, row.get("name_en"));
                    insert.setString(5, row.get("name_fr"));
                    insert.setString(6, row.get("name_es"));
                    insert.setString(7, blankToNull(row.get("region_code")));
                    insert.setString(8, blankToNull(row.get("subregion_code")));
                    insert.setString(9, blankToNull(row.get("intermediate_region_code")));
                    insert.setBoolean(10, Boolean.parseBoolean(row.get("ldc")));
                    insert.setBoolean(11, Boolean.parseBoolean(row.get("lldc")));
                    insert.setBoolean(12, Boolean.parseBoolean(row.get("sids")));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static void collectRegion(Map<String, String[]> regions, CSVRecord row, String prefix, String level,
                                      String parent) {
        String code = blankToNull(row.get(prefix + "_code"));
        if (code != null) {
            regions.putIfAbsent(code, new String[]{level, parent, row.get(prefix + "_en"), row.get(prefix + "_fr"),
                    row.get(prefix + "_es")});
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
