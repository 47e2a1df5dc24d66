package org.etradecampus.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The participation figures counted straight from enrolments, activities, profiles and country
 * group memberships, with COUNT(DISTINCT) and no precomputed table: the oracle the kept facts and
 * cube must always agree with. Slow on purpose; tests only.
 */
@Singleton
class RawParticipation {

    private static final String FROM = " FROM enrolment e JOIN activity a ON a.id = e.activity_id"
            + " LEFT JOIN profile p ON p.user_id = e.user_id LEFT JOIN country c ON c.code = p.country_code";

    private static String member(String group) {
        return "EXISTS (SELECT 1 FROM country_group_member g WHERE g.country_code = p.country_code AND g.country_group = " + group
                + " AND g.valid_from <= a.start_date AND (g.valid_to IS NULL OR g.valid_to > a.start_date))";
    }

    private static final String MEASURES = "COUNT(DISTINCT e.user_id) AS registered,"
            + " COUNT(DISTINCT CASE WHEN e.attended = 1 THEN e.user_id END) AS attended,"
            + " COUNT(DISTINCT CASE WHEN e.status = 'COMPLETED' THEN e.user_id END) AS completed,"
            + " COUNT(DISTINCT CASE WHEN p.gender = 'FEMALE' THEN e.user_id END) AS women,"
            + " COUNT(DISTINCT CASE WHEN p.gender IS NULL OR p.gender = 'UNDISCLOSED' THEN e.user_id END) AS undisclosed,"
            + " COUNT(DISTINCT p.country_code) AS countries,"
            + " COUNT(DISTINCT CASE WHEN " + member("'LDC'") + " THEN e.user_id END) AS ldc,"
            + " COUNT(DISTINCT CASE WHEN " + member("'LLDC'") + " THEN e.user_id END) AS lldc,"
            + " COUNT(DISTINCT CASE WHEN " + member("'SIDS'") + " THEN e.user_id END) AS sids,"
            + " COUNT(DISTINCT CASE WHEN " + member("'LDC'") + " THEN p.country_code END) AS ldc_countries";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    RawParticipation(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Rows by key ("TOTAL" for the totals), each as the report's figures. */
    Map<String, ParticipationFiguresDto> figures(ParticipationReports.Filter filter, ParticipationReports.GroupBy groupBy) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE e.status IN ('ENROLLED', 'COMPLETED') AND a.status <> 'CANCELLED'");
        condition(where, parameters, " AND a.programme_id = ?", filter.programmeId());
        condition(where, parameters, " AND a.id = ?", filter.activityId());
        condition(where, parameters, " AND a.type = ?", filter.type() == null ? null : filter.type().name());
        condition(where, parameters, " AND a.start_date >= ?", filter.from() == null ? null : java.sql.Date.valueOf(filter.from()));
        condition(where, parameters, " AND a.start_date <= ?", filter.to() == null ? null : java.sql.Date.valueOf(filter.to()));
        condition(where, parameters, " AND p.country_code = ?", filter.country());
        condition(where, parameters, " AND COALESCE(p.gender, 'UNDISCLOSED') = ?", filter.gender() == null ? null : filter.gender().name());
        if (filter.countryGroup() != null) {
            where.append(" AND ").append(member("'" + filter.countryGroup().name() + "'"));
        }
        if (filter.region() != null) {
            where.append(" AND (c.region_code = ? OR c.subregion_code = ? OR c.intermediate_region_code = ?)");
            parameters.add(filter.region());
            parameters.add(filter.region());
            parameters.add(filter.region());
        }
        Map<String, ParticipationFiguresDto> found = new LinkedHashMap<>();
        found.put("TOTAL", query("SELECT 'TOTAL' AS row_key, " + MEASURES + FROM + where, parameters).get("TOTAL"));
        if (groupBy != null) {
            String key = key(groupBy);
            String join = groupBy == ParticipationReports.GroupBy.COUNTRY_GROUP
                    ? " JOIN (SELECT 'LDC' AS grp UNION ALL SELECT 'LLDC' UNION ALL SELECT 'SIDS') gr ON " + member("gr.grp") : "";
            found.putAll(query("SELECT " + key + " AS row_key, " + MEASURES + FROM + join + where + " GROUP BY " + key, parameters));
        }
        return found;
    }

    private static String key(ParticipationReports.GroupBy groupBy) {
        return switch (groupBy) {
            case COUNTRY -> "p.country_code";
            case REGION -> "c.region_code";
            case SUBREGION -> "c.subregion_code";
            case COUNTRY_GROUP -> "gr.grp";
            case GENDER -> "COALESCE(p.gender, 'UNDISCLOSED')";
            case ACTIVITY_TYPE -> "a.type";
            case ACTIVITY -> "a.id";
            case PROGRAMME -> "a.programme_id";
            case MONTH -> "YEAR(a.start_date) * 100 + MONTH(a.start_date)";
            case YEAR -> "YEAR(a.start_date)";
        };
    }

    private Map<String, ParticipationFiguresDto> query(String sql, List<Object> parameters) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            Map<String, ParticipationFiguresDto> rows = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString("row_key");
                    rows.put(key == null ? "NONE" : key, figures(rs));
                }
            }
            return rows;
        }));
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            parameters.add(value);
        }
    }

    private static ParticipationFiguresDto figures(ResultSet rs) throws SQLException {
        long registered = rs.getLong("registered");
        long women = rs.getLong("women");
        return new ParticipationFiguresDto(registered, rs.getLong("attended"), rs.getLong("completed"), women,
                registered == 0 ? null : (double) women / registered, rs.getLong("undisclosed"), rs.getLong("countries"),
                rs.getLong("ldc"), rs.getLong("lldc"), rs.getLong("sids"), rs.getLong("ldc_countries"));
    }
}
