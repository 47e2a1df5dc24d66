package org.etradecampus.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.etradecampus.common.Exceptions.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps participation_fact and participation_cube (V23) equal to what enrolments, attendance,
 * profiles, activities and country group memberships say. Whatever changes those marks the people
 * it touches, in its own transaction; catching up recomputes their facts and moves each cube cell
 * by the difference between what they counted in it before and after. Readers catch up before they
 * read, so a report includes every change committed before it was asked for; a scheduled run keeps
 * the queue short. Catching up runs under participation_state's row lock, one instance at a time.
 */
@Singleton
public class ParticipationFacts {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipationFacts.class);
    private static final int BATCH = 500;

    private static String member(String group) {
        return "CASE WHEN EXISTS (SELECT 1 FROM country_group_member g WHERE g.country_code = p.country_code"
                + " AND g.country_group = '" + group + "' AND g.valid_from <= a.start_date"
                + " AND (g.valid_to IS NULL OR g.valid_to > a.start_date)) THEN 1 ELSE 0 END";
    }

    /** Who holds a seat or completed, in activities that were not cancelled. */
    private static final String FACTS = "INSERT INTO participation_fact (enrolment_id, user_id, activity_id, programme_id,"
            + " activity_type, start_date, country_code, gender, attended, completed, ldc, lldc, sids)"
            + " SELECT e.id, e.user_id, a.id, a.programme_id, a.type, a.start_date, COALESCE(p.country_code, ''),"
            + " COALESCE(p.gender, 'UNDISCLOSED'), e.attended, CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END, "
            + member("LDC") + ", " + member("LLDC") + ", " + member("SIDS")
            + " FROM enrolment e JOIN activity a ON a.id = e.activity_id LEFT JOIN profile p ON p.user_id = e.user_id"
            + " WHERE e.status IN ('ENROLLED', 'COMPLETED') AND a.status <> 'CANCELLED'";

    private static final String CELL_COLUMNS = "scope_key, group_key, country_group, country_code, gender,"
            + " registered, attended, completed, ldc, lldc, sids";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    ParticipationFacts(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Her enrolments, attendance, completion, country or gender changed. */
    @Transactional
    public void personChanged(long userId) {
        update("INSERT INTO participation_dirty (user_id) VALUES (?)", List.of(userId));
    }

    /** The activity's start, type or status changed: everyone enrolled in it. */
    @Transactional
    public void activityChanged(long activityId) {
        update("INSERT INTO participation_dirty (user_id) SELECT DISTINCT user_id FROM enrolment WHERE activity_id = ?",
                List.of(activityId));
    }

    /** The country's group memberships changed: everyone from it. */
    @Transactional
    public void countryChanged(String countryCode) {
        update("INSERT INTO participation_dirty (user_id) SELECT user_id FROM profile WHERE country_code = ?",
                List.of(countryCode));
    }

    /** Recompute everything, as when the tables are first created or after data was loaded behind the platform's back. */
    @Transactional
    public void rebuildLater() {
        update("UPDATE participation_state SET rebuild = 1 WHERE id = 1", List.of());
    }

    @Scheduled(fixedDelay = "${campus.reports.catch-up-interval:15s}", initialDelay = "${campus.reports.catch-up-initial-delay:5s}")
    void scheduled() {
        try {
            catchUp(true);
        } catch (RuntimeException e) {
            if (!lockTimeout(e)) {
                throw e;
            }
            LOG.info("Another instance is catching up with the participation facts; trying again later");
        }
    }

    /**
     * Bring the tables up to every change committed before this call. A full rebuild is left to the
     * scheduled run: a reader who finds one pending, or another instance holding the lock past the
     * database's lock wait, is told to come back shortly (503 with Retry-After) rather than kept waiting.
     */
    public void catchUp() {
        try {
            catchUp(false);
        } catch (RuntimeException e) {
            if (!lockTimeout(e)) {
                throw e;
            }
            throw rebuilding();
        }
    }

    private void catchUp(boolean mayRebuild) {
        long upTo = transactions.executeRead(status -> jdbc.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM participation_dirty",
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
        while (Boolean.TRUE.equals(transactions.executeWrite(status -> step(upTo, mayRebuild)))) {
            // each step is a transaction of its own, so a long queue never holds the lock for long
        }
    }

    private static UnavailableException rebuilding() {
        return new UnavailableException("The participation figures are being rebuilt; try again shortly.",
                "report.rebuilding", 30);
    }

    private static boolean lockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }

    /** One batch; whether there may be more. */
    private boolean step(long upTo, boolean mayRebuild) {
        boolean rebuild = jdbc.prepareStatement("SELECT rebuild FROM participation_state WHERE id = 1 FOR UPDATE", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
        if (rebuild) {
            if (!mayRebuild) {
                throw rebuilding();
            }
            rebuild();
            return true;
        }
        List<Long> ids = new ArrayList<>();
        Set<Long> people = new LinkedHashSet<>();
        jdbc.prepareStatement("SELECT id, user_id FROM participation_dirty WHERE id <= ? ORDER BY id LIMIT " + BATCH, statement -> {
            statement.setLong(1, upTo);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    people.add(rs.getLong(2));
                }
            }
            return null;
        });
        if (ids.isEmpty()) {
            return false;
        }
        refresh(people);
        // Exactly the rows read: a change committed meanwhile keeps its own row for the next step.
        update("DELETE FROM participation_dirty WHERE id IN (" + marks(ids.size()) + ")", ids);
        return ids.size() == BATCH;
    }

    private void rebuild() {
        long started = System.nanoTime();
        update("DELETE FROM participation_cube", List.of());
        update("DELETE FROM participation_fact", List.of());
        update(FACTS, List.of());
        for (Cut cut : Cut.values()) {
            update("INSERT INTO participation_cube (dimension, " + CELL_COLUMNS + ") SELECT '" + cut.dimension + "', "
                    + CELL_COLUMNS + " FROM (" + cut.contributions("") + ") c", List.of());
        }
        update("UPDATE participation_state SET rebuild = 0 WHERE id = 1", List.of());
        LOG.info("Rebuilt the participation facts in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void refresh(Collection<Long> people) {
        List<Long> ids = List.copyOf(people);
        String theirs = " AND f.user_id IN (" + marks(ids.size()) + ")";
        Map<Cell, long[]> before = contributions(theirs, ids);
        update("DELETE FROM participation_fact WHERE user_id IN (" + marks(ids.size()) + ")", ids);
        update(FACTS + " AND e.user_id IN (" + marks(ids.size()) + ")", ids);
        Map<Cell, long[]> after = contributions(theirs, ids);
        before.forEach((cell, counts) -> {
            long[] now = after.computeIfAbsent(cell, c -> new long[counts.length]);
            for (int i = 0; i < counts.length; i++) {
                now[i] -= counts[i];
            }
        });
        List<Map.Entry<Cell, long[]>> moved = after.entrySet().stream()
                .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(v -> v != 0)).toList();
        if (moved.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO participation_cube (dimension, " + CELL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE registered = registered + VALUES(registered), attended = attended + VALUES(attended),"
                + " completed = completed + VALUES(completed), ldc = ldc + VALUES(ldc), lldc = lldc + VALUES(lldc),"
                + " sids = sids + VALUES(sids)", statement -> {
                    for (Map.Entry<Cell, long[]> e : moved) {
                        e.getKey().bind(statement);
                        for (int i = 0; i < e.getValue().length; i++) {
                            statement.setLong(7 + i, e.getValue()[i]);
                        }
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
        List<Cell> emptied = moved.stream().filter(e -> e.getValue()[0] < 0).map(Map.Entry::getKey).toList();
        if (!emptied.isEmpty()) {
            jdbc.prepareStatement("DELETE FROM participation_cube WHERE dimension = ? AND scope_key = ? AND group_key = ?"
                    + " AND country_group = ? AND country_code = ? AND gender = ? AND registered = 0", statement -> {
                        for (Cell cell : emptied) {
                            cell.bind(statement);
                            statement.addBatch();
                        }
                        return statement.executeBatch();
                    });
        }
    }

    /** What these people count in every cell they are in, from their facts as they stand. */
    private Map<Cell, long[]> contributions(String theirs, List<Long> ids) {
        Map<Cell, long[]> found = new HashMap<>();
        for (Cut cut : Cut.values()) {
            jdbc.prepareStatement(cut.contributions(theirs), statement -> {
                bind(statement, ids);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Cell cell = new Cell(cut.dimension, rs.getString("scope_key"), rs.getString("group_key"),
                                rs.getString("country_group"), rs.getString("country_code"), rs.getString("gender"));
                        found.merge(cell, new long[] {rs.getLong("registered"), rs.getLong("attended"), rs.getLong("completed"),
                                rs.getLong("ldc"), rs.getLong("lldc"), rs.getLong("sids")}, ParticipationFacts::plus);
                    }
                }
                return null;
            });
        }
        return found;
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    private void update(String sql, List<?> parameters) {
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static String marks(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private record Cell(String dimension, String scope, String key, String countryGroup, String country, String gender) {

        void bind(PreparedStatement statement) throws SQLException {
            statement.setString(1, dimension);
            statement.setString(2, scope);
            statement.setString(3, key);
            statement.setString(4, countryGroup);
            statement.setString(5, country);
            statement.setString(6, gender);
        }
    }

    /**
     * The cuts the cube keeps: a dimension, in which scope (the platform or one programme), keyed by
     * what. Within a cut a person counts once per key; her country and gender are the same in all her
     * facts, so she falls in one cell.
     */
    enum Cut {
        ALL("ALL", "''", "''"),
        ALL_IN_PROGRAMME("ALL", Cut.PROGRAMME_ID, "''"),
        PROGRAMME("PROGRAMME", "''", Cut.PROGRAMME_ID),
        ACTIVITY("ACTIVITY", "''", "CONCAT(f.activity_id, '')"),
        TYPE("TYPE", "''", "f.activity_type"),
        TYPE_IN_PROGRAMME("TYPE", Cut.PROGRAMME_ID, "f.activity_type"),
        YEAR("YEAR", "''", Cut.YEAR_OF_START),
        YEAR_IN_PROGRAMME("YEAR", Cut.PROGRAMME_ID, Cut.YEAR_OF_START),
        MONTH("MONTH", "''", Cut.MONTH_OF_START),
        MONTH_IN_PROGRAMME("MONTH", Cut.PROGRAMME_ID, Cut.MONTH_OF_START);

        private static final String PROGRAMME_ID = "CONCAT(f.programme_id, '')";
        private static final String YEAR_OF_START = "CONCAT(YEAR(f.start_date), '')";
        private static final String MONTH_OF_START = "CONCAT(YEAR(f.start_date) * 100 + MONTH(f.start_date), '')";

        final String dimension;
        private final String scope;
        private final String key;

        Cut(String dimension, String scope, String key) {
            this.dimension = dimension;
            this.scope = scope;
            this.key = key;
        }

        /** Per cell: people, and how many of them attended, completed, or were counted in each group. */
        String contributions(String whose) {
            return "SELECT x.scope_key, x.group_key, x.country_group, x.country_code, x.gender, COUNT(*) AS registered,"
                    + " SUM(x.attended) AS attended, SUM(x.completed) AS completed, SUM(x.ldc) AS ldc, SUM(x.lldc) AS lldc,"
                    + " SUM(x.sids) AS sids FROM (" + perPerson(whose) + ") x"
                    + " GROUP BY x.scope_key, x.group_key, x.country_group, x.country_code, x.gender";
        }

        private String perPerson(String whose) {
            return "SELECT " + scope + " AS scope_key, " + key + " AS group_key, g.grp AS country_group, f.user_id,"
                    + " MAX(f.country_code) AS country_code, MAX(f.gender) AS gender, MAX(f.attended) AS attended,"
                    + " MAX(f.completed) AS completed, MAX(f.ldc) AS ldc, MAX(f.lldc) AS lldc, MAX(f.sids) AS sids"
                    + " FROM participation_fact f JOIN " + ParticipationReports.GROUPS + " ON " + ParticipationReports.IN_GROUP
                    + " WHERE 1 = 1" + whose
                    + " GROUP BY " + Stream.of(scope, key).filter(k -> !k.equals("''")).map(k -> k + ", ").collect(Collectors.joining())
                    + "g.grp, f.user_id";
        }
    }
}
