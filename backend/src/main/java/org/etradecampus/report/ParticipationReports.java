package org.etradecampus.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.country.PlaceNames;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Participation figures, counted in the database: each measure is a count of distinct people, so a
 * person enrolled in several activities counts once in a row and once in the totals. Country
 * groups are read as they stood on each activity's start date.
 */
@Singleton
class ParticipationReports {

    /** Who holds a seat or completed, in activities that were not cancelled. */
    private static final String FROM = " FROM enrolment e JOIN activity a ON a.id = e.activity_id"
            + " JOIN programme pr ON pr.id = a.programme_id"
            + " LEFT JOIN profile p ON p.user_id = e.user_id LEFT JOIN country c ON c.code = p.country_code";

    /** Kept on the enrolment with every attendance mark (V22). */
    private static final String ATTENDED = "e.attended = 1";

    private static String member(String group) {
        return "EXISTS (SELECT 1 FROM country_group_member g WHERE g.country_code = p.country_code AND g.country_group = " + group
                + " AND g.valid_from <= a.start_date AND (g.valid_to IS NULL OR g.valid_to > a.start_date))";
    }

    private static final String MEASURES = "COUNT(DISTINCT e.user_id) AS registered,"
            + " COUNT(DISTINCT CASE WHEN " + ATTENDED + " THEN e.user_id END) AS attended,"
            + " COUNT(DISTINCT CASE WHEN e.status = 'COMPLETED' THEN e.user_id END) AS completed,"
            + " COUNT(DISTINCT CASE WHEN p.gender = 'FEMALE' THEN e.user_id END) AS women,"
            + " COUNT(DISTINCT CASE WHEN p.gender IS NULL OR p.gender = 'UNDISCLOSED' THEN e.user_id END) AS undisclosed,"
            + " COUNT(DISTINCT p.country_code) AS countries,"
            + " COUNT(DISTINCT CASE WHEN " + member("'LDC'") + " THEN e.user_id END) AS ldc,"
            + " COUNT(DISTINCT CASE WHEN " + member("'LLDC'") + " THEN e.user_id END) AS lldc,"
            + " COUNT(DISTINCT CASE WHEN " + member("'SIDS'") + " THEN e.user_id END) AS sids,"
            + " COUNT(DISTINCT CASE WHEN " + member("'LDC'") + " THEN p.country_code END) AS ldc_countries";

    private final JdbcOperations jdbc;
    private final PlaceNames places;

    ParticipationReports(JdbcOperations jdbc, PlaceNames places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    /** What the caller may see: everything, or the programmes she manages and the activities she trains. */
    record Reach(boolean everything, long userId) {
    }

    record Filter(Long programmeId, Long activityId, ActivityType type, LocalDate from, LocalDate to, String region,
                  String country) {
    }

    @ReadOnly
    ParticipationReportDto report(Filter filter, Reach reach, GroupBy groupBy, String language) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, reach, parameters);
        ParticipationFiguresDto totals = jdbc.prepareStatement("SELECT " + MEASURES + FROM + where, statement -> {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return figures(rs);
            }
        });
        List<ParticipationRowDto> rows = groupBy == null ? List.of() : rows(groupBy, where, parameters, language);
        return new ParticipationReportDto(totals, rows, ReportSentence.of(totals, language));
    }

    private List<ParticipationRowDto> rows(GroupBy groupBy, String where, List<Object> parameters, String language) {
        String join = groupBy == GroupBy.COUNTRY_GROUP
                ? " JOIN (SELECT 'LDC' AS grp UNION ALL SELECT 'LLDC' UNION ALL SELECT 'SIDS') gr ON " + member("gr.grp") : "";
        String sql = "SELECT " + groupBy.key + " AS row_key, MAX(" + groupBy.hint + ") AS hint, " + MEASURES + FROM + join + where
                + " GROUP BY " + groupBy.key + " ORDER BY registered DESC, row_key";
        Labels labels = new Labels(groupBy, language);
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            List<ParticipationRowDto> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString("row_key");
                    ParticipationFiguresDto f = figures(rs);
                    found.add(new ParticipationRowDto(key == null ? "NONE" : key, labels.of(key, rs.getString("hint")), f.registered(),
                            f.attended(), f.completed(), f.women(), f.womenShare(), f.genderUndisclosed(), f.countries(),
                            f.ldcParticipants(), f.lldcParticipants(), f.sidsParticipants()));
                }
            }
            return found;
        });
    }

    private static String where(Filter filter, Reach reach, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE e.status IN ('ENROLLED', 'COMPLETED') AND a.status <> 'CANCELLED'");
        if (!reach.everything()) {
            where.append(" AND (a.programme_id IN (SELECT m.programme_id FROM programme_manager m WHERE m.user_id = ?)"
                    + " OR a.id IN (SELECT r.activity_id FROM activity_trainer r WHERE r.user_id = ?))");
            parameters.add(reach.userId());
            parameters.add(reach.userId());
        }
        condition(where, parameters, " AND a.programme_id = ?", filter.programmeId());
        condition(where, parameters, " AND a.id = ?", filter.activityId());
        condition(where, parameters, " AND a.type = ?", filter.type() == null ? null : filter.type().name());
        condition(where, parameters, " AND a.start_date >= ?", filter.from());
        condition(where, parameters, " AND a.start_date <= ?", filter.to());
        condition(where, parameters, " AND p.country_code = ?", filter.country());
        if (filter.region() != null) {
            where.append(" AND (c.region_code = ? OR c.subregion_code = ? OR c.intermediate_region_code = ?)");
            parameters.add(filter.region());
            parameters.add(filter.region());
            parameters.add(filter.region());
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            parameters.add(value);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof LocalDate date) {
                statement.setObject(i + 1, java.sql.Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static ParticipationFiguresDto figures(ResultSet rs) throws SQLException {
        long registered = rs.getLong("registered");
        long women = rs.getLong("women");
        return new ParticipationFiguresDto(registered, rs.getLong("attended"), rs.getLong("completed"), women,
                registered == 0 ? null : (double) women / registered, rs.getLong("undisclosed"), rs.getLong("countries"),
                rs.getLong("ldc"), rs.getLong("lldc"), rs.getLong("sids"), rs.getLong("ldc_countries"));
    }

    /** The row keys the report cuts by: SQL over the FROM above, and a column that names the row where the key alone does not. */
    enum GroupBy {
        COUNTRY("country", "p.country_code", "p.country_code"),
        REGION("region", "c.region_code", "c.region_code"),
        SUBREGION("subregion", "c.subregion_code", "c.subregion_code"),
        COUNTRY_GROUP("countryGroup", "gr.grp", "gr.grp"),
        GENDER("gender", "COALESCE(p.gender, 'UNDISCLOSED')", "p.gender"),
        ACTIVITY_TYPE("activityType", "a.type", "a.type"),
        ACTIVITY("activity", "a.id", "a.title"),
        PROGRAMME("programme", "a.programme_id", "pr.name"),
        MONTH("month", "YEAR(a.start_date) * 100 + MONTH(a.start_date)", "a.start_date"),
        YEAR("year", "YEAR(a.start_date)", "a.start_date");

        final String name;
        final String key;
        final String hint;

        GroupBy(String name, String key, String hint) {
            this.name = name;
            this.key = key;
            this.hint = hint;
        }

        static GroupBy named(String name) {
            for (GroupBy g : values()) {
                if (g.name.equals(name)) {
                    return g;
                }
            }
            return null;
        }
    }

    /** Row labels in the reader's language. */
    private final class Labels {

        private final GroupBy groupBy;
        private final String language;
        private final Map<String, String> names;

        Labels(GroupBy groupBy, String language) {
            this.groupBy = groupBy;
            this.language = language;
            this.names = switch (groupBy) {
                case COUNTRY -> places.countries(language);
                case REGION, SUBREGION -> places.regions(language);
                default -> Map.of();
            };
        }

        String of(String key, String hint) {
            if (key == null) {
                return ReportLabels.notGiven(language);
            }
            return switch (groupBy) {
                case COUNTRY, REGION, SUBREGION -> names.getOrDefault(key, key);
                case ACTIVITY, PROGRAMME -> hint;
                case MONTH -> YearMonth.of(Integer.parseInt(key) / 100, Integer.parseInt(key) % 100)
                        .format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag(language)));
                case YEAR -> key;
                case GENDER -> ReportLabels.gender(key, language);
                case ACTIVITY_TYPE -> ReportLabels.activityType(key, language);
                case COUNTRY_GROUP -> ReportLabels.countryGroup(key, language);
            };
        }
    }
}
