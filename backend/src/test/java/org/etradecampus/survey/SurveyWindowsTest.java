package org.etradecampus.survey;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurveyWindowsTest {

    static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate END = LocalDate.of(2026, 3, 4);
    static final Instant ASKED = Instant.parse("2026-02-01T09:00:00Z");

    @Test
    void eachKindOpensAndClosesAtMidnightInTheActivitysTimeZone() {
        assertEquals(window("2026-02-01T09:00:00Z", "2026-03-09T18:15:00Z"), derived(SurveyKind.BASELINE, null));
        assertEquals(window("2026-03-01T18:15:00Z", "2026-04-03T18:15:00Z"), derived(SurveyKind.FEEDBACK, null));
        assertEquals(window("2026-03-03T18:15:00Z", "2026-04-03T18:15:00Z"), derived(SurveyKind.ENDLINE, null));
        assertEquals(window("2026-09-03T18:15:00Z", "2026-10-03T18:15:00Z"), derived(SurveyKind.FOLLOW_UP, 6));
    }

    @Test
    void aManagersDatesReplaceEitherEndAndTheCloseIsExclusive() {
        Instant closes = Instant.parse("2026-03-05T12:00:00Z");
        ActivitySurvey survey = new ActivitySurvey(1L, 1, 1, SurveyKind.ENDLINE, null, null, closes, ASKED);

        SurveyWindows.Window window = SurveyWindows.of(survey, START, END, KATHMANDU);

        assertEquals(window("2026-03-03T18:15:00Z", "2026-03-05T12:00:00Z"), window);
        assertTrue(window.openAt(Instant.parse("2026-03-03T18:15:00Z")));
        assertFalse(window.openAt(closes));
    }

    private static SurveyWindows.Window derived(SurveyKind kind, Integer months) {
        return SurveyWindows.derived(kind, months, ASKED, START, END, KATHMANDU);
    }

    private static SurveyWindows.Window window(String opens, String closes) {
        return new SurveyWindows.Window(Instant.parse(opens), Instant.parse(closes));
    }
}
