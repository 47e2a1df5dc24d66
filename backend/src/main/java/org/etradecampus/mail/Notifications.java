package org.etradecampus.mail;

import jakarta.inject.Singleton;
import org.etradecampus.user.User;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes an e-mail to the outbox in the person's language. Call it inside the transaction that
 * causes it: the e-mail then exists exactly when the change does, and is sent afterwards.
 */
@Singleton
public class Notifications {

    public enum Kind {
        ENROLLED("enrolment.enrolled"),
        WAITLISTED("enrolment.waitlisted"),
        PROMOTED("enrolment.promoted"),
        MOVED_TO_WAITLIST("enrolment.moved-to-waitlist"),
        APPLICATION_ACCEPTED("application.accepted"),
        APPLICATION_WAITLISTED("application.waitlisted"),
        APPLICATION_REJECTED("application.rejected"),
        ACTIVITY_CANCELLED("activity.cancelled"),
        INVITED("account.invited"),
        SURVEY_INVITED("survey.invited"),
        SURVEY_REMINDER("survey.reminder"),
        CONTACT_REQUEST("directory.contact"),
        CONTACT_REPLY("directory.reply"),
        COMMUNITY_DIGEST("community.digest"),
        COMMUNITY_INVITED("community.invited");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private final OutboxRepository outbox;
    private final Clock clock;

    Notifications(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void about(Kind kind, User to, String activityTitle, LocalDate activityStart, Integer waitlistPosition) {
        about(kind, to, activityTitle, activityStart, waitlistPosition, "");
    }

    /** {@code link}: a web address the message gives ({4} in the bundle), such as where to set a password. */
    public void about(Kind kind, User to, String activityTitle, LocalDate activityStart, Integer waitlistPosition, String link) {
        Locale locale = Locale.forLanguageTag(to.locale());
        ResourceBundle messages = ResourceBundle.getBundle("mail.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String date = activityStart.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Object[] args = {to.displayName(), activityTitle, date, waitlistPosition == null ? "" : waitlistPosition.toString(), link};
        String subject = format(messages, kind.key + ".subject", locale, args);
        String body = format(messages, "greeting", locale, args) + "\n\n" + format(messages, kind.key + ".body", locale, args)
                + "\n\n" + format(messages, "signature", locale, args) + "\n";
        Instant now = clock.instant();
        outbox.save(new OutboxEmail(null, to.email(), subject, body, OutboxEmail.PENDING, 0, now, null, null, null, now, null));
    }

    /** A message about something other than an activity: {0} is her name, {1}… the details, in the bundle's order. */
    public void message(Kind kind, User to, Object... details) {
        Locale locale = Locale.forLanguageTag(to.locale());
        ResourceBundle messages = ResourceBundle.getBundle("mail.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] args = new Object[details.length + 1];
        args[0] = to.displayName();
        System.arraycopy(details, 0, args, 1, details.length);
        String subject = format(messages, kind.key + ".subject", locale, args);
        String body = format(messages, "greeting", locale, args) + "\n\n" + format(messages, kind.key + ".body", locale, args)
                + "\n\n" + format(messages, "signature", locale, args) + "\n";
        Instant now = clock.instant();
        outbox.save(new OutboxEmail(null, to.email(), subject, body, OutboxEmail.PENDING, 0, now, null, null, null, now, null));
    }

    /** Demo data only, on a database that had no activities: its fictional people get no e-mail. */
    public int discardPending() {
        return outbox.deletePending();
    }

    private static String format(ResourceBundle messages, String key, Locale locale, Object[] args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }
}
