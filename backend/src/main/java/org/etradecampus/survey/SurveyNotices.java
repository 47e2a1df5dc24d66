package org.etradecampus.survey;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.mail.Notifications;
import org.etradecampus.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Asks the people holding a seat, by e-mail in their language, to answer each survey once it
 * opens, and reminds those who have not answered once: a week after asking, or when three days are
 * left, whichever comes first. Each survey is handled under its row's lock and every e-mail is
 * recorded in survey_notice in the same transaction, so several instances never send one twice.
 */
@Singleton
class SurveyNotices {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyNotices.class);
    static final int LONGEST_FOLLOW_UP_MONTHS = 61;

    private final SurveyRepository surveys;
    private final ActivityService activities;
    private final UserService users;
    private final Notifications notifications;
    private final Clock clock;
    private final String publicUrl;
    private final Duration remindAfter;
    private final Duration remindWhenLeft;
    private final Duration minimumGap;

    SurveyNotices(SurveyRepository surveys, ActivityService activities, UserService users, Notifications notifications,
                  Clock clock, @Value("${campus.public-url}") String publicUrl,
                  @Value("${campus.surveys.remind-after:7d}") Duration remindAfter,
                  @Value("${campus.surveys.remind-when-left:3d}") Duration remindWhenLeft,
                  @Value("${campus.surveys.reminder-minimum-gap:1d}") Duration minimumGap) {
        this.surveys = surveys;
        this.activities = activities;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.remindAfter = remindAfter;
        this.remindWhenLeft = remindWhenLeft;
        this.minimumGap = minimumGap;
    }

    @Scheduled(fixedDelay = "${campus.surveys.notice-interval:10m}", initialDelay = "${campus.surveys.notice-initial-delay:2m}")
    void run() {
        int sent = sendDue();
        if (sent > 0) {
            LOG.info("Asked or reminded {} people to answer surveys", sent);
        }
    }

    /** Every e-mail due now; the number written to the outbox. */
    int sendDue() {
        // Whole seconds, as every database keeps them, so that what is compared is what was stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate endedSince = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(LONGEST_FOLLOW_UP_MONTHS);
        int sent = 0;
        for (ActivitySurvey survey : surveys.noticeCandidates(endedSince)) {
            Activity activity = activities.visible(survey.activityId(), true);
            SurveyWindows.Window window = SurveyWindows.of(survey, activity.startDate(), activity.endDate(),
                    ZoneId.of(activity.timeZone()));
            if (window.openAt(now)) {
                sent += askAndRemind(survey.id(), activity, window, now);
            }
        }
        return sent;
    }

    @Transactional
    int askAndRemind(long surveyId, Activity activity, SurveyWindows.Window window, Instant now) {
        if (surveys.lock(surveyId).isEmpty()) {
            return 0;
        }
        LocalDate closes = window.closesAt().minusNanos(1).atZone(ZoneId.of(activity.timeZone())).toLocalDate();
        String link = publicUrl + "/surveys/" + surveyId;
        // Reminders first: nobody asked in this run is reminded in it.
        boolean closingSoon = !now.plus(remindWhenLeft).isBefore(window.closesAt());
        Instant askedBefore = now.minus(closingSoon ? minimumGap : remindAfter);
        List<Long> remind = surveys.toRemind(surveyId, askedBefore);
        remind.forEach(userId -> {
            surveys.reminded(surveyId, userId, now);
            notifications.about(Notifications.Kind.SURVEY_REMINDER, users.get(userId), activity.title(), closes, null, link);
        });
        List<Long> invite = surveys.toInvite(surveyId);
        invite.forEach(userId -> {
            surveys.invited(surveyId, userId, now);
            notifications.about(Notifications.Kind.SURVEY_INVITED, users.get(userId), activity.title(), closes, null, link);
        });
        return invite.size() + remind.size();
    }
}
