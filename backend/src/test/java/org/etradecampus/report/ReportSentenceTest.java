package org.etradecampus.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportSentenceTest {

    @Test
    void countsFromAHundredOnAreCutToTheirFirstTwoDigitsAndSaidAsOver() {
        assertEquals(99, ReportSentence.roundedDown(99));
        assertEquals(210, ReportSentence.roundedDown(213));
        assertEquals(200, ReportSentence.roundedDown(200));
        assertEquals(1_400, ReportSentence.roundedDown(1_480));
        assertEquals(59_000, ReportSentence.roundedDown(59_999));
    }

    @Test
    void theSentenceUsesTheTotalsNumbersInEachLanguage() {
        ParticipationFiguresDto totals = new ParticipationFiguresDto(213, 180, 150, 126, 126 / 213.0, 4, 40, 30, 12, 9, 11);

        assertEquals("Over 210 participants (59% women) from 40 countries registered, 11 of them LDCs", ReportSentence.of(totals, "en"));
        assertEquals("Plus de 210 participants inscrits (59\u00a0% de femmes) venant de 40 pays, dont 11 PMA",
                ReportSentence.of(totals, "fr"));
        assertEquals("Más de 210 participantes inscritos (59\u00a0% mujeres) de 40 países, 11 de ellos PMA", ReportSentence.of(totals, "es"));
    }

    @Test
    void oneOfEachAndNobodyReadNaturally() {
        ParticipationFiguresDto one = new ParticipationFiguresDto(1, 1, 0, 1, 1.0, 0, 1, 1, 0, 0, 1);
        ParticipationFiguresDto nobody = new ParticipationFiguresDto(0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0);

        assertEquals("1 participant (100% women) from 1 country registered, 1 of them an LDC", ReportSentence.of(one, "en"));
        assertEquals("0 participants from 0 countries registered", ReportSentence.of(nobody, "en"));
    }
}
