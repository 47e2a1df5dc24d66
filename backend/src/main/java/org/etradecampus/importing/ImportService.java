package org.etradecampus.importing;

import io.micronaut.core.type.Argument;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityRepository;
import org.etradecampus.activity.ActivityStatus;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.JsonDocuments;
import org.etradecampus.common.PageDto;
import org.etradecampus.country.CountryRepository;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Imports of participants: the upload is read and checked at once and stored as a dry run; a
 * confirmed import is written in the background, in one transaction, by {@link ImportRunner}.
 */
@Singleton
class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    static final Argument<List<ImportErrorDto>> ERRORS = Argument.listOf(ImportErrorDto.class);
    /** A RUNNING import whose heartbeat is older than this lost its instance: nothing of it was written. */
    static final Duration STALE = Duration.ofMinutes(2);

    private final ImportRepository imports;
    private final ImportRowRepository rows;
    private final ActivityRepository activities;
    private final CountryRepository countries;
    private final UserService users;
    private final EnrolmentService enrolments;
    private final ImportRunner runner;
    private final ExecutorService background;
    private final JsonDocuments documents;
    private final Clock clock;

    ImportService(ImportRepository imports, ImportRowRepository rows, ActivityRepository activities,
                  CountryRepository countries, UserService users, EnrolmentService enrolments, ImportRunner runner,
                  @Named(TaskExecutors.BLOCKING) ExecutorService background, JsonDocuments documents, Clock clock) {
        this.imports = imports;
        this.rows = rows;
        this.activities = activities;
        this.countries = countries;
        this.users = users;
        this.enrolments = enrolments;
        this.runner = runner;
        this.background = background;
        this.documents = documents;
        this.clock = clock;
    }

    /** Reads and checks the file and stores what each row would do; nothing else is written. */
    @Transactional
    public ImportDto upload(long activityId, long managerId, String fileName, byte[] bytes) {
        Activity activity = activities.findById(activityId).orElseThrow(() -> new NotFoundException("No such activity."));
        requireOpen(activity);
        ImportFile file = ImportFile.read(fileName, bytes);
        Instant now = now();
        ParticipantImport saved = imports.save(new ParticipantImport(null, activityId, managerId, shorten(fileName, 255),
                file.encoding, ImportStatus.CHECKED, file.rows.size(), 0, 0,
                file.ignoredColumns.isEmpty() ? null : shorten(String.join("\n", file.ignoredColumns), 1000), null, null, now, null));
        RowChecker checker = new RowChecker(countries::existsByCode);
        List<RowChecker.Checked> checked = new ArrayList<>();
        for (int i = 0; i < file.rows.size(); i++) {
            checked.add(checker.check(saved.id(), i + 2, file.rows.get(i)));
        }
        List<String> emails = checked.stream().filter(c -> c.errors().isEmpty()).map(c -> c.row().email()).toList();
        Map<String, User> existing = users.byEmails(emails);
        Set<Long> alreadyIn = enrolments.activeAmong(activityId, existing.values().stream().map(User::id).toList());
        int seatsLeft = activity.waitlistCount() == 0 ? activity.seatsLeft() : 0;
        List<ImportRow> stored = new ArrayList<>();
        int valid = 0;
        for (RowChecker.Checked c : checked) {
            if (!c.errors().isEmpty()) {
                stored.add(new ImportRow(null, saved.id(), c.row().line(), c.row().email(), c.row().name(), c.row().countryCode(),
                        c.row().gender(), c.row().businessName(), c.row().sector(), c.row().womenLed(), c.row().womenOwned(),
                        c.row().employees(), c.row().locale(), RowOutcome.INVALID, documents.write(c.errors())));
                continue;
            }
            valid++;
            User account = existing.get(c.row().email());
            RowOutcome outcome;
            if (account != null && alreadyIn.contains(account.id())) {
                outcome = RowOutcome.ALREADY_ENROLLED;
            } else if (seatsLeft > 0) {
                seatsLeft--;
                outcome = account == null ? RowOutcome.NEW_ACCOUNT_ENROLLED : RowOutcome.EXISTING_ACCOUNT_ENROLLED;
            } else {
                outcome = account == null ? RowOutcome.NEW_ACCOUNT_WAITLISTED : RowOutcome.EXISTING_ACCOUNT_WAITLISTED;
            }
            stored.add(c.row().withOutcome(outcome));
        }
        rows.saveAll(stored);
        ParticipantImport counted = imports.update(new ParticipantImport(saved.id(), activityId, managerId, saved.fileName(),
                saved.encoding(), ImportStatus.CHECKED, file.rows.size(), valid, 0, saved.ignoredColumns(), null, null, now, null));
        return toDto(counted);
    }

    ImportDto get(long importId) {
        return toDto(find(importId));
    }

    long activityOf(long importId) {
        return find(importId).activityId();
    }

    PageDto<ImportRowDto> rows(long importId, boolean invalidOnly, int page, int size) {
        find(importId);
        List<ImportRowDto> items = rows.page(importId, invalidOnly, size, (long) page * size).stream()
                .map(r -> new ImportRowDto(r.line(), r.email(), r.name(), r.countryCode(), r.gender(), r.outcome(),
                        r.errors() == null ? List.of() : documents.read(r.errors(), ERRORS)))
                .toList();
        return new PageDto<>(items, page, size, rows.count(importId, invalidOnly));
    }

    /** Marks it RUNNING (once: a second confirmation is refused) and writes it in the background. */
    ImportDto confirm(long importId) {
        ParticipantImport running = runner.start(importId);
        background.submit(() -> {
            try {
                runner.run(importId);
            } catch (RuntimeException e) {
                LOG.warn("Import {} failed; nothing of it was written", importId, e);
                runner.fail(importId, e instanceof ConflictException ? e.getMessage()
                        : "The import stopped on an unexpected error; nothing was written. Try again.");
            }
        });
        return toDto(running);
    }

    private ParticipantImport find(long importId) {
        return imports.findById(importId).orElseThrow(() -> new NotFoundException("No such import."));
    }

    private ImportDto toDto(ParticipantImport i) {
        Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
        imports.outcomes(i.id()).forEach(o -> outcomes.put(RowOutcome.valueOf(o.outcome()), o.total().intValue()));
        boolean stale = i.status() == ImportStatus.RUNNING && i.heartbeatAt() != null
                && i.heartbeatAt().isBefore(clock.instant().minus(STALE));
        ImportStatus status = stale ? ImportStatus.FAILED : i.status();
        String failure = stale ? "The import was interrupted (its server stopped); nothing was written. Try again." : i.failure();
        return new ImportDto(Long.toString(i.id()), Long.toString(i.activityId()), i.fileName(), i.encoding(), status,
                i.totalRows(), i.validRows(), i.totalRows() - i.validRows(), i.processedRows(), outcomes,
                i.ignoredColumns() == null ? List.of() : Arrays.stream(i.ignoredColumns().split("\n")).filter(Objects::nonNull).toList(),
                failure, i.createdAt(), i.finishedAt());
    }

    static void requireOpen(Activity activity) {
        if (activity.status() != ActivityStatus.PUBLISHED && activity.status() != ActivityStatus.CLOSED) {
            throw new ConflictException("Participants are imported into published activities; this one is " + activity.status()
                    + ".", "enrolment.not-published", List.of());
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
