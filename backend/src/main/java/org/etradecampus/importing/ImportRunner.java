package org.etradecampus.importing;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.account.Gender;
import org.etradecampus.account.MeService;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityRepository;
import org.etradecampus.auth.InvitationService;
import org.etradecampus.auth.PasswordHasher;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.enrolment.EnrolmentService.Placement;
import org.etradecampus.enrolment.EnrolmentStatus;
import org.etradecampus.mail.Notifications;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a confirmed import: accounts (invited to set a password), their profiles, and the
 * enrolments, in one transaction, so that every valid row goes in or none does. Progress is
 * written on the side, in its own transactions, for the manager's screen.
 */
@Singleton
class ImportRunner {

    static final int PROGRESS_EVERY = 100;

    private final ImportRepository imports;
    private final ImportRowRepository rows;
    private final ImportProgress progress;
    private final ActivityRepository activities;
    private final UserService users;
    private final MeService me;
    private final EnrolmentService enrolments;
    private final InvitationService invitations;
    private final Notifications notifications;
    private final String publicUrl;
    private final Clock clock;

    ImportRunner(ImportRepository imports, ImportRowRepository rows, ImportProgress progress, ActivityRepository activities,
                 UserService users, MeService me, EnrolmentService enrolments, InvitationService invitations,
                 Notifications notifications, @Value("${campus.public-url}") String publicUrl, Clock clock) {
        this.imports = imports;
        this.rows = rows;
        this.progress = progress;
        this.activities = activities;
        this.users = users;
        this.me = me;
        this.enrolments = enrolments;
        this.invitations = invitations;
        this.notifications = notifications;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** CHECKED → RUNNING, once; committed before the work starts, so every instance sees it. */
    @Transactional
    public ParticipantImport start(long importId) {
        ParticipantImport found = imports.lock(importId).orElseThrow(() -> new NotFoundException("No such import."));
        if (found.status() != ImportStatus.CHECKED) {
            throw new ConflictException("This import is " + found.status() + "; upload the file again to import it anew.",
                    "import.not-checked", List.of());
        }
        ImportService.requireOpen(activities.findById(found.activityId()).orElseThrow());
        return imports.update(found.running(clock.instant()));
    }

    @Transactional
    public void run(long importId) {
        ParticipantImport running = imports.findById(importId).orElseThrow();
        Activity activity = activities.findById(running.activityId()).orElseThrow();
        List<ImportRow> valid = rows.valid(importId);
        List<Long> people = new ArrayList<>();
        Map<Long, String> invitationOf = new HashMap<>();
        Map<Long, User> accounts = new HashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            ImportRow row = valid.get(i);
            User user = users.findByEmail(row.email()).orElse(null);
            if (user == null) {
                user = users.createWithHash(row.email(), PasswordHasher.NO_PASSWORD, row.name(),
                        row.locale() == null ? activity.language() : row.locale(), Set.of(Role.PARTICIPANT));
                me.updateProfile(user.id(), new ProfileDto(row.countryCode(), row.gender() == null ? null : Gender.valueOf(row.gender()),
                        row.businessName(), row.sector(), null, row.womenLed(), row.womenOwned(), row.employees(), List.of(), null));
                invitationOf.put(user.id(), invitations.create(user.id()));
            }
            people.add(user.id());
            accounts.put(user.id(), user);
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.record(importId, i + 1);
            }
        }
        Map<Long, Placement> placed = enrolments.enrolAll(activity.id(), people);
        for (int i = 0; i < valid.size(); i++) {
            long userId = people.get(i);
            Placement placement = placed.get(userId);
            boolean invited = invitationOf.containsKey(userId);
            RowOutcome outcome = placement == null ? RowOutcome.ALREADY_ENROLLED
                    : placement.status() == EnrolmentStatus.ENROLLED
                    ? (invited ? RowOutcome.NEW_ACCOUNT_ENROLLED : RowOutcome.EXISTING_ACCOUNT_ENROLLED)
                    : (invited ? RowOutcome.NEW_ACCOUNT_WAITLISTED : RowOutcome.EXISTING_ACCOUNT_WAITLISTED);
            rows.update(valid.get(i).withOutcome(outcome));
            User user = accounts.get(userId);
            if (invited) {
                notifications.about(Notifications.Kind.INVITED, user, activity.title(), activity.startDate(), null,
                        publicUrl + "/invitation/" + invitationOf.get(userId));
            } else if (placement != null) {
                notifications.about(placement.status() == EnrolmentStatus.ENROLLED ? Notifications.Kind.ENROLLED
                        : Notifications.Kind.WAITLISTED, user, activity.title(), activity.startDate(), placement.waitlistPosition());
            }
        }
        imports.update(running.finished(ImportStatus.DONE, null, valid.size(), clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** After the import's transaction rolled back: says so, in a transaction of its own. */
    @Transactional
    public void fail(long importId, String why) {
        imports.findById(importId).ifPresent(i -> imports.update(i.finished(ImportStatus.FAILED, why, 0,
                clock.instant().truncatedTo(ChronoUnit.SECONDS))));
    }
}
