package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.etradecampus.common.SpreadsheetCells;
import org.etradecampus.common.Text;
import org.etradecampus.account.Gender;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.PageDto;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What managers see of an activity's enrolments. */
@Singleton
class RosterService {

    private static final String[] HEADER = {"enrolmentId", "name", "email", "country", "gender", "status",
            "waitlistPosition", "enrolledAt"};

    private final RosterRepository roster;
    private final ActivityService activities;

    RosterService(RosterRepository roster, ActivityService activities) {
        this.roster = roster;
        this.activities = activities;
    }

    RosterDto page(long activityId, @Nullable EnrolmentStatus status, @Nullable String q, int page, int size) {
        activities.visible(activityId, true);
        String pattern = Text.likeContaining(q);
        String statusName = status == null ? null : status.name();
        List<RosterEntryDto> items = roster.page(activityId, statusName, pattern, size, (long) page * size).stream()
                .map(RosterService::toDto).toList();
        Map<EnrolmentStatus, Long> counts = new EnumMap<>(EnrolmentStatus.class);
        roster.countsByStatus(activityId).forEach(c -> counts.put(EnrolmentStatus.valueOf(c.status()), c.people()));
        return new RosterDto(new PageDto<>(items, page, size, roster.count(activityId, statusName, pattern)), counts);
    }

    /** Every row as CSV; cells that a spreadsheet would run as a formula are neutralised. */
    String csv(long activityId, @Nullable EnrolmentStatus status) {
        activities.visible(activityId, true);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (RosterRepository.Row row : roster.page(activityId, status == null ? null : status.name(), null,
                    Integer.MAX_VALUE, 0)) {
                printer.printRecord(row.enrolmentId(), safe(row.displayName()), safe(row.email()), row.countryCode(),
                        row.gender(), row.status(), row.waitlistPosition(), row.createdAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(String cell) {
        return SpreadsheetCells.neutralised(cell);
    }

    private static RosterEntryDto toDto(RosterRepository.Row row) {
        return new RosterEntryDto(row.enrolmentId().toString(), row.userId().toString(), row.displayName(), row.email(),
                row.countryCode(), row.gender() == null ? null : Gender.valueOf(row.gender()),
                EnrolmentStatus.valueOf(row.status()), row.waitlistPosition() == null ? null : row.waitlistPosition().intValue(),
                row.createdAt());
    }
}
