package org.etradecampus.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.etradecampus.account.Gender;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.country.PlaceNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Participation figures, counted in the database from the tables {@link ParticipationFacts} keeps:
 * each measure is a count of distinct people, so a person enrolled in several activities counts
 * once in a row and once in the totals. Country groups are read as they stood on each activity's
 * start date. Cuts the cube keeps are summed from its cells; any other filter is answered from the
 * per-enrolment facts, counting each person once per row.
 */
@Singleton
public class ParticipationReports {

    /** The three country groups, and '' for everyone; a fact is in a group when its country was a member at the start. */
    static final String GROUPS = "(SELECT '' AS grp UNION ALL SELECT 'LDC' UNION ALL SELECT 'LLDC' UNION ALL SELECT 'SIDS') g";
    static final String IN_GROUP = "(g.grp = '' OR (g.grp = 'LDC' AND f.ldc = 1) OR (g.grp = 'LLDC' AND f.lldc = 1)"
            + " OR (g.grp = 'SIDS' AND f.sids = 1))";

    /** Over cells {@code q} of the cube or of people: each cell's gender and country are its people's. */
    private static final String MEASURES = "COALESCE(SUM(q.registered), 0) AS registered,"
            + " COALESCE(SUM(q.attended), 0) AS attended, COALESCE(SUM(q.completed), 0) AS completed,"
            + " COALESCE(SUM(CASE WHEN q.gender = 'FEMALE' THEN q.registered ELSE 0 END), 0) AS women,"
            + " COALESCE(SUM(CASE WHEN q.gender = 'UNDISCLOSED' THEN q.registered ELSE 0 END), 0) AS undisclosed,"
            + " COUNT(DISTINCT NULLIF(q.country_code, '')) AS countries,"
            + " COALESCE(SUM(q.ldc), 0) AS ldc, COALESCE(SUM(q.lldc), 0) AS lldc, COALESCE(SUM(q.sids), 0) AS sids,"
            + " COUNT(DISTINCT CASE WHEN q.ldc > 0 THEN q.country_code END) AS ldc_countries";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ParticipationFacts facts;
    private final PlaceNames places;

    ParticipationReports(JdbcOperations jdbc, TransactionOperations<Connection> transactions, ParticipationFacts facts,
                         PlaceNames places) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.facts = facts;
        this.places = places;
    }

    /** What the caller may see: everything, or the programmes she manages and the activities she trains. */
    record Reach(boolean everything, long userId) {
    }

    /** {@code gender} and {@code countryGroup} narrow the people counted (outcome targets); the report itself leaves them null. */
    record Filter(Long programmeId, Long activityId, ActivityType type, LocalDate from, LocalDate to, String region,
                  String country, Gender gender, CountryGroup countryGroup) {

        Filter(Long programmeId, Long activityId, ActivityType type, LocalDate from, LocalDate to, String region, String country) {
            this(programmeId, activityId, type, from, to, region, country, null, null);
        }

        Filter inProgramme(long id) {
            return new Filter(id, activityId, type, from, to, region, country, gender, countryGroup);
        }
    }

    ParticipationReportDto report(Filter asked, Reach reach, GroupBy groupBy, String language) {
        facts.catchUp();
        return transactions.executeRead(status -> {
            Filter filter = asked;
            boolean everything = reach.everything();
            if (!everything && filter.programmeId() == null && filter.activityId() == null) {
                // A manager of one programme who trains nowhere else sees that programme whole: its cube cuts serve her.
                Long only = onlyProgramme(reach.userId());
                if (only != null) {
                    filter = filter.inProgramme(only);
                    everything = true;
                }
            }
            Query totals = query(filter, everything, reach.userId(), null);
            ParticipationFiguresDto figures = jdbc.prepareStatement(totals.sql(), statement -> {
                bind(statement, totals.parameters());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return figures(rs);
                }
            });
            List<ParticipationRowDto> rows = groupBy == null ? List.of()
                    : rows(groupBy, query(filter, everything, reach.userId(), groupBy), language);
            return new ParticipationReportDto(figures, rows, ReportSentence.of(figures, language));
        });
    }

    /**
     * The totals alone, for outcome figures: a programme or one of its activities, narrowed as the
     * report is (open ends and absent filters null), optionally to one gender or one country group.
     */
    public ParticipationFiguresDto figures(long programmeId, Long activityId, ActivityType type, LocalDate from, LocalDate to,
                                           String region, String country, Gender gender, CountryGroup countryGroup) {
        Filter filter = new Filter(activityId == null ? programmeId : null, activityId, type, from, to, region, country, gender,
                countryGroup);
        return report(filter, new Reach(true, 0), null, "en").totals();
    }

    private Long onlyProgramme(long userId) {
        return jdbc.prepareStatement("SELECT MIN(m.programme_id), COUNT(*),"
                + " (SELECT COUNT(*) FROM activity_trainer r JOIN activity a ON a.id = r.activity_id WHERE r.user_id = ?"
                + " AND a.programme_id NOT IN (SELECT n.programme_id FROM programme_manager n WHERE n.user_id = ?))"
                + " FROM programme_manager m WHERE m.user_id = ?", statement -> {
                    statement.setLong(1, userId);
                    statement.setLong(2, userId);
                    statement.setLong(3, userId);
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() && rs.getLong(2) == 1 && rs.getLong(3) == 0 ? rs.getLong(1) : null;
                    }
                });
    }

    private record Query(String sql, List<Object> parameters) {
    }

    private Query query(Filter filter, boolean everything, long userId, GroupBy groupBy) {
        List<Object> parameters = new ArrayList<>();
        String source = cube(filter, everything, userId, groupBy, parameters);
        if (source == null) {
            parameters.clear();
            source = people(filter, everything, userId, groupBy, parameters);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        people(where, parameters, filter, "q");
        String select = groupBy == null ? "SELECT " + MEASURES : "SELECT " + groupBy.key + " AS row_key, " + MEASURES;
        String sql = select + " FROM " + source + " LEFT JOIN country c ON c.code = q.country_code" + where
                + (groupBy == null ? "" : " GROUP BY " + groupBy.key + " ORDER BY registered DESC, row_key");
        return new Query(sql, parameters);
    }

    /** Cells of the cube that answer this exactly, or null when it keeps no such cut. */
    private static String cube(Filter filter, boolean everything, long userId, GroupBy groupBy, List<Object> parameters) {
        String slice = " AND q.country_group " + slice(filter, groupBy);
        if (groupBy == GroupBy.ACTIVITY) {
            StringBuilder activities = new StringBuilder("SELECT CONCAT(a.id, '') FROM activity a WHERE 1 = 1");
            activities(activities, parameters, filter, everything, userId, "a.programme_id", "a.id", "a.type", "a.start_date");
            return cells("q.dimension = 'ACTIVITY' AND q.scope_key = ''" + slice
                    + " AND q.group_key IN (" + activities + ")");
        }
        if (!everything) {
            return null;
        }
        String scope = filter.programmeId() == null ? "" : filter.programmeId().toString();
        // Activity filters the cube answers: at most one of an activity, a type, a whole year or a whole month.
        List<String[]> pinned = new ArrayList<>();
        if (filter.activityId() != null) {
            pinned.add(new String[] {"ACTIVITY", filter.activityId().toString()});
        }
        if (filter.type() != null) {
            pinned.add(new String[] {"TYPE", filter.type().name()});
        }
        if (filter.from() != null || filter.to() != null) {
            String[] period = wholePeriod(filter.from(), filter.to());
            if (period == null) {
                return null;
            }
            pinned.add(period);
        }
        boolean byActivity = groupBy != null && groupBy.ofActivities;
        if (pinned.size() > 1 || (pinned.size() == 1 && byActivity)) {
            return null;
        }
        if (pinned.size() == 1) {
            String[] pin = pinned.get(0);
            if (pin[0].equals("ACTIVITY") && !scope.isEmpty()) {
                return null;
            }
            parameters.add(pin[0]);
            parameters.add(scope);
            parameters.add(pin[1]);
            return cells("q.dimension = ? AND q.scope_key = ? AND q.group_key = ?" + slice);
        }
        if (byActivity) {
            if (groupBy == GroupBy.PROGRAMME && !scope.isEmpty()) {
                return null;
            }
            parameters.add(groupBy.dimension);
            parameters.add(scope);
            return cells("q.dimension = ? AND q.scope_key = ?" + slice);
        }
        parameters.add(scope);
        return cells("q.dimension = 'ALL' AND q.scope_key = ? AND q.group_key = ''" + slice);
    }

    /** A period that is one whole calendar year or month, as the cube's YEAR or MONTH key; null for any other. */
    private static String[] wholePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.getDayOfMonth() != 1 || from.getYear() != to.getYear()) {
            return null;
        }
        if (from.getDayOfYear() == 1 && to.equals(from.withMonth(12).withDayOfMonth(31))) {
            return new String[] {"YEAR", Integer.toString(from.getYear())};
        }
        if (from.getMonth() == to.getMonth() && to.getDayOfMonth() == to.lengthOfMonth()) {
            return new String[] {"MONTH", Integer.toString(from.getYear() * 100 + from.getMonthValue())};
        }
        return null;
    }

    private static String cells(String conditions) {
        return "(SELECT * FROM participation_cube q WHERE " + conditions + ") q";
    }

    /** Anything else: the facts, one cell per person (and row key), so the same measures count her once. */
    private static String people(Filter filter, boolean everything, long userId, GroupBy groupBy, List<Object> parameters) {
        String key = groupBy != null && groupBy.ofActivities ? groupBy.factKey : "''";
        StringBuilder where = new StringBuilder(" WHERE g.grp " + slice(filter, groupBy));
        activities(where, parameters, filter, everything, userId, "f.programme_id", "f.activity_id", "f.activity_type", "f.start_date");
        people(where, parameters, filter, "f");
        return "(SELECT " + key + " AS group_key, g.grp AS country_group, f.user_id, MAX(f.country_code) AS country_code,"
                + " MAX(f.gender) AS gender, 1 AS registered, MAX(f.attended) AS attended, MAX(f.completed) AS completed,"
                + " MAX(f.ldc) AS ldc, MAX(f.lldc) AS lldc, MAX(f.sids) AS sids"
                + " FROM participation_fact f JOIN " + GROUPS + " ON " + IN_GROUP + where
                + " GROUP BY " + (key.equals("''") ? "" : key + ", ") + "g.grp, f.user_id) q";
    }

    /** Which slice of country groups: one row per group when cutting by them, else everyone (or the filter's group). */
    private static String slice(Filter filter, GroupBy groupBy) {
        if (groupBy == GroupBy.COUNTRY_GROUP) {
            return "IN ('LDC', 'LLDC', 'SIDS')";
        }
        return filter.countryGroup() == null ? "= ''" : "= '" + filter.countryGroup().name() + "'";
    }

    private static void activities(StringBuilder where, List<Object> parameters, Filter filter, boolean everything, long userId,
                                   String programme, String activity, String type, String start) {
        if (!everything) {
            where.append(" AND (" + programme + " IN (SELECT m.programme_id FROM programme_manager m WHERE m.user_id = ?)"
                    + " OR " + activity + " IN (SELECT r.activity_id FROM activity_trainer r WHERE r.user_id = ?))");
            parameters.add(userId);
            parameters.add(userId);
        }
        condition(where, parameters, " AND " + programme + " = ?", filter.programmeId());
        condition(where, parameters, " AND " + activity + " = ?", filter.activityId());
        condition(where, parameters, " AND " + type + " = ?", filter.type() == null ? null : filter.type().name());
        condition(where, parameters, " AND " + start + " >= ?", filter.from());
        condition(where, parameters, " AND " + start + " <= ?", filter.to());
    }

    /** Who is counted: her country, region and gender are the same in all her cells. */
    private static void people(StringBuilder where, List<Object> parameters, Filter filter, String cells) {
        condition(where, parameters, " AND " + cells + ".country_code = ?", filter.country());
        condition(where, parameters, " AND " + cells + ".gender = ?", filter.gender() == null ? null : filter.gender().name());
        if (filter.region() != null) {
            where.append(" AND " + cells + ".country_code IN (SELECT r.code FROM country r"
                    + " WHERE r.region_code = ? OR r.subregion_code = ? OR r.intermediate_region_code = ?)");
            parameters.add(filter.region());
            parameters.add(filter.region());
            parameters.add(filter.region());
        }
    }

    private List<ParticipationRowDto> rows(GroupBy groupBy, Query query, String language) {
        List<ParticipationRowDto> found = jdbc.prepareStatement(query.sql(), statement -> {
            bind(statement, query.parameters());
            List<ParticipationRowDto> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString("row_key");
                    ParticipationFiguresDto f = figures(rs);
                    rows.add(new ParticipationRowDto(key == null ? "NONE" : key, key, f.registered(), f.attended(), f.completed(),
                            f.women(), f.womenShare(), f.genderUndisclosed(), f.countries(), f.ldcParticipants(),
                            f.lldcParticipants(), f.sidsParticipants()));
                }
            }
            return rows;
        });
        Labels labels = new Labels(groupBy, language, found);
        return found.stream().map(r -> new ParticipationRowDto(r.key(), labels.of(r.label()), r.registered(), r.attended(),
                r.completed(), r.women(), r.womenShare(), r.genderUndisclosed(), r.countries(), r.ldcParticipants(),
                r.lldcParticipants(), r.sidsParticipants())).toList();
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

    /**
     * The row keys the report cuts by: SQL over cells {@code q} (and their country {@code c}); for a cut by
     * activities, the cube's dimension and the key in the facts {@code f}.
     */
    enum GroupBy {
        COUNTRY("country", "NULLIF(q.country_code, '')", null, null),
        REGION("region", "c.region_code", null, null),
        SUBREGION("subregion", "c.subregion_code", null, null),
        COUNTRY_GROUP("countryGroup", "q.country_group", null, null),
        GENDER("gender", "q.gender", null, null),
        ACTIVITY_TYPE("activityType", "q.group_key", "TYPE", "f.activity_type"),
        ACTIVITY("activity", "q.group_key", "ACTIVITY", "CONCAT(f.activity_id, '')"),
        PROGRAMME("programme", "q.group_key", "PROGRAMME", "CONCAT(f.programme_id, '')"),
        MONTH("month", "q.group_key", "MONTH", "CONCAT(YEAR(f.start_date) * 100 + MONTH(f.start_date), '')"),
        YEAR("year", "q.group_key", "YEAR", "CONCAT(YEAR(f.start_date), '')");

        final String name;
        final String key;
        final String dimension;
        final String factKey;
        final boolean ofActivities;

        GroupBy(String name, String key, String dimension, String factKey) {
            this.name = name;
            this.key = key;
            this.dimension = dimension;
            this.factKey = factKey;
            this.ofActivities = dimension != null;
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

    /** Row labels in the reader's language; activities and programmes by their titles, read in one query. */
    private final class Labels {

        private final GroupBy groupBy;
        private final String language;
        private final Map<String, String> names;

        Labels(GroupBy groupBy, String language, List<ParticipationRowDto> rows) {
            this.groupBy = groupBy;
            this.language = language;
            this.names = switch (groupBy) {
                case COUNTRY -> places.countries(language);
                case REGION, SUBREGION -> places.regions(language);
                case ACTIVITY -> titles("SELECT id, title FROM activity WHERE id IN ", rows);
                case PROGRAMME -> titles("SELECT id, name FROM programme WHERE id IN ", rows);
                default -> Map.of();
            };
        }

        private Map<String, String> titles(String sql, List<ParticipationRowDto> rows) {
            List<Long> ids = rows.stream().map(ParticipationRowDto::key).filter(k -> !k.equals("NONE")).map(Long::valueOf).toList();
            Map<String, String> found = new HashMap<>();
            if (ids.isEmpty()) {
                return found;
            }
            String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            return jdbc.prepareStatement(sql + "(" + marks + ")", statement -> {
                bind(statement, new ArrayList<>(ids));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                }
                return found;
            });
        }

        String of(String key) {
            if (key == null) {
                return ReportLabels.notGiven(language);
            }
            return switch (groupBy) {
                case COUNTRY, REGION, SUBREGION, ACTIVITY, PROGRAMME -> names.getOrDefault(key, key);
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
