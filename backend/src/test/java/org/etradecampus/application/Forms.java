package org.etradecampus.application;

import java.util.List;

/** A typical form: one question of each type, the first four required. */
final class Forms {

    private Forms() {
    }

    static ApplicationFormDto everyType() {
        return new ApplicationFormDto(List.of(
                question("businessName", QuestionType.SHORT_TEXT, true, true),
                question("plan", QuestionType.LONG_TEXT, true, false),
                choice("sector", QuestionType.SINGLE_CHOICE, true, "crafts", "food", "fashion"),
                question("exports", QuestionType.YES_NO, true, false),
                choice("channels", QuestionType.MULTIPLE_CHOICE, false, "website", "marketplace", "social"),
                question("employees", QuestionType.NUMBER, false, false),
                question("confidence", QuestionType.SCALE, false, false),
                question("market", QuestionType.COUNTRY, false, false),
                question("website", QuestionType.URL, false, true)));
    }

    static QuestionDto question(String key, QuestionType type, boolean required, boolean identifying) {
        return new QuestionDto(key, type, new LocalizedText("Question " + key, "Question " + key + " (fr)", null), required,
                identifying, null);
    }

    static QuestionDto choice(String key, QuestionType type, boolean required, String... values) {
        return new QuestionDto(key, type, new LocalizedText("Question " + key, null, null), required, false,
                List.of(values).stream().map(v -> new ChoiceDto(v, new LocalizedText(v, null, null))).toList());
    }
}
