package org.etradecampus.application;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswersTest {

    static final List<QuestionDto> FORM = Forms.everyType().questions();
    static final Set<String> COUNTRIES = Set.of("SN", "DE");

    @Test
    void keepsValidAnswersNormalisedAndDropsBlankOnes() {
        Answers.Checked checked = Answers.check(FORM, Map.of("businessName", "  Dakar Crafts ", "plan", " ", "channels",
                List.of("website", "website", "social"), "employees", 12.0, "market", "SN", "exports", false), false, COUNTRIES::contains);

        assertEquals(List.of(), checked.errors());
        assertEquals("Dakar Crafts", checked.answers().get("businessName"));
        assertTrue(!checked.answers().containsKey("plan"), "a blank answer is no answer");
        assertEquals(List.of("website", "social"), checked.answers().get("channels"));
        assertEquals(0, new BigDecimal("12").compareTo((BigDecimal) checked.answers().get("employees")));
    }

    @Test
    void aDraftMayLeaveRequiredQuestionsButASubmissionMayNot() {
        Map<String, Object> partial = Map.of("businessName", "Dakar Crafts");

        assertEquals(List.of(), Answers.check(FORM, partial, false, COUNTRIES::contains).errors());
        assertEquals(Set.of("answers.plan", "answers.sector", "answers.exports"),
                Set.copyOf(Answers.check(FORM, partial, true, COUNTRIES::contains).errors().stream()
                        .map(e -> e.field()).toList()));
        assertEquals(List.of("plan", "sector", "exports"), Answers.missing(FORM, partial));
    }

    @Test
    void refusesWhatDoesNotFitTheQuestion() {
        Map<String, Object> wrong = Map.of("employees", "12", "exports", "true", "sector", List.of("crafts"), "market", "sn",
                "website", "ftp://x.org", "businessName", "x".repeat(301), "channels", List.of("website", 3));

        Set<String> fields = Set.copyOf(Answers.check(FORM, wrong, false, COUNTRIES::contains).errors().stream()
                .map(e -> e.field()).toList());

        assertEquals(Set.of("answers.employees", "answers.exports", "answers.sector", "answers.market", "answers.website",
                "answers.businessName", "answers.channels"), fields);
    }

    @Test
    void aScaleTakesWholeNumbersFromOneToFiveAndAWrongAnswerIsNotAlsoReportedMissing() {
        Answers.Checked good = Answers.check(FORM, Map.of("confidence", 5), false, COUNTRIES::contains);
        List<String> bad = Stream.of(0, 6, 2.5, "3").map(v -> Answers.check(FORM, Map.of("confidence", v), false, COUNTRIES::contains))
                .flatMap(c -> c.errors().stream()).map(e -> e.field()).toList();
        Answers.Checked wrongRequired = Answers.check(FORM, Map.of("exports", "yes"), true, COUNTRIES::contains);

        assertEquals(5, good.answers().get("confidence"));
        assertEquals(List.of("answers.confidence", "answers.confidence", "answers.confidence", "answers.confidence"), bad);
        assertEquals(1, wrongRequired.errors().stream().filter(e -> e.field().equals("answers.exports")).count());
    }

    @Test
    void aNumberBeyondDoubleIsAnInvalidAnswerNotAFailure() {
        Answers.Checked checked = Answers.check(FORM, Map.of("employees", Double.POSITIVE_INFINITY), false, COUNTRIES::contains);

        assertEquals(List.of("answers.employees"), checked.errors().stream().map(e -> e.field()).toList());
    }
}
