package org.etradecampus.attendance;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckInCodesTest {

    static final String SECRET = "a".repeat(64);

    @Test
    void sixDigitsThatChangeEveryTwoMinutesAndStayValidTwoMinutesMore() {
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        String first = CheckInCodes.at(SECRET, start);
        String next = CheckInCodes.at(SECRET, start.plusSeconds(120));

        assertTrue(first.matches("\\d{6}"), first);
        assertEquals(first, CheckInCodes.at(SECRET, start.plusSeconds(119)));
        assertNotEquals(first, next);
        assertEquals(start.plusSeconds(120), CheckInCodes.nextChange(start.plusSeconds(5)));
        assertTrue(CheckInCodes.matches(SECRET, first, start.plusSeconds(200)), "the code just replaced still works");
        assertFalse(CheckInCodes.matches(SECRET, first, start.plusSeconds(240)), "not the one before that");
        assertFalse(CheckInCodes.matches("b".repeat(64), first, start), "another session's code does not work here");
    }
}
