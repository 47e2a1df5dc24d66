package org.etradecampus.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a survey is open, from its kind and the activity's dates in the activity's time zone:
 * BASELINE from the moment it is asked until a week after the start date; FEEDBACK from the start
 * date and ENDLINE from the end date, both until 30 days after the end; FOLLOW_UP from N months
 * after the end date, for 30 days. A manager's {@code opensAt}/{@code closesAt} replace either end.
 */
final class SurveyWindows {

    static final int DAYS_TO_ANSWER = 30;
    static final int BASELINE_DAYS_AFTER_START = 7;

    private SurveyWindows() {
    }

    record Window(Instant opensAt, Instant closesAt) {

        boolean openAt(Instant now) {
            return !now.isBefore(opensAt) && now.isBefore(closesAt);
        }
    }

    static Window of(ActivitySurvey survey, LocalDate start, LocalDate end, ZoneId zone) {
        Window derived = derived(survey.kind(), survey.monthsAfter(), survey.createdAt(), start, end, zone);
        return new Window(survey.opensAt() != null ? survey.opensAt() : derived.opensAt(),
                survey.closesAt() != null ? survey.closesAt() : derived.closesAt());
    }

    static Window derived(SurveyKind kind, Integer monthsAfter, Instant asked, LocalDate start, LocalDate end, ZoneId zone) {
        return switch (kind) {
            case BASELINE -> new Window(asked, midnight(start.plusDays(BASELINE_DAYS_AFTER_START + 1L), zone));
            case FEEDBACK -> new Window(midnight(start, zone), midnight(end.plusDays(DAYS_TO_ANSWER + 1L), zone));
            case ENDLINE -> new Window(midnight(end, zone), midnight(end.plusDays(DAYS_TO_ANSWER + 1L), zone));
            case FOLLOW_UP -> {
                LocalDate opens = end.plusMonths(monthsAfter == null ? 6 : monthsAfter);
                yield new Window(midnight(opens, zone), midnight(opens.plusDays(DAYS_TO_ANSWER), zone));
            }
        };
    }

    private static Instant midnight(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }
}
