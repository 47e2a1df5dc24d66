package org.etradecampus.application;

import org.etradecampus.common.Problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks answers against a form's (or a survey's) questions. A draft may leave questions unanswered; a submission
 * may not leave a required one. Each problem names its field as {@code answers.<key>}.
 */
public final class Answers {

    static final int SHORT_TEXT_MAX = 300;
    static final int LONG_TEXT_MAX = 5_000;

    private Answers() {
    }

    /** The answers kept (blank ones dropped, text stripped), or every problem found. */
    public static Checked check(List<QuestionDto> questions, Map<String, Object> answers, boolean submitting,
                         Predicate<String> knownCountry) {
        Map<String, QuestionDto> byKey = questions.stream()
                .collect(Collectors.toMap(QuestionDto::key, q -> q, (a, b) -> a, LinkedHashMap::new));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> kept = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            QuestionDto question = byKey.get(key);
            if (question == null) {
                errors.add(error(key, "is not a question of this form", "application.unknown-question"));
            } else if (!blank(value)) {
                Object normalised = normalise(question, value, knownCountry);
                if (normalised == null) {
                    errors.add(error(key, expectation(question), "application.invalid-answer"));
                } else {
                    kept.put(key, normalised);
                }
            }
        });
        if (submitting) {
            Set<String> invalid = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            byKey.values().stream().filter(QuestionDto::required).filter(q -> !kept.containsKey(q.key()))
                    .filter(q -> !invalid.contains("answers." + q.key()))
                    .forEach(q -> errors.add(error(q.key(), "is required", "validation.required")));
        }
        return new Checked(kept, errors);
    }

    /** What is wrong with a form's questions: keys used twice, choices without two distinct options, options elsewhere. */
    public static List<FieldError> checkQuestions(List<QuestionDto> questions) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDto q = questions.get(i);
            String field = "questions[" + i + "]";
            if (!keys.add(q.key())) {
                errors.add(new FieldError(field + ".key", "is used by another question", "application.duplicate-key"));
            }
            boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
            int options = q.options() == null ? 0 : q.options().size();
            if (choice && options < 2) {
                errors.add(new FieldError(field + ".options", "a choice needs at least two options", "application.options-needed"));
            } else if (!choice && options > 0) {
                errors.add(new FieldError(field + ".options", "only choice questions have options", "validation.invalid-value"));
            } else if (choice && q.options().stream().map(ChoiceDto::value).distinct().count() != options) {
                errors.add(new FieldError(field + ".options", "each option needs its own value", "application.duplicate-key"));
            }
        }
        return errors;
    }

    /** The required questions these stored answers leave unanswered. */
    public static List<String> missing(List<QuestionDto> questions, Map<String, Object> answers) {
        return questions.stream().filter(QuestionDto::required).map(QuestionDto::key)
                .filter(key -> blank(answers.get(key))).toList();
    }

    public record Checked(Map<String, Object> answers, List<FieldError> errors) {
    }

    private static Object normalise(QuestionDto question, Object value, Predicate<String> knownCountry) {
        return switch (question.type()) {
            case SHORT_TEXT -> text(value, SHORT_TEXT_MAX);
            case LONG_TEXT -> text(value, LONG_TEXT_MAX);
            case URL -> {
                String url = text(value, 500);
                yield url != null && url.matches("https?://\\S+") ? url : null;
            }
            case COUNTRY -> value instanceof String code && knownCountry.test(code) ? code : null;
            case YES_NO -> value instanceof Boolean b ? b : null;
            case NUMBER -> number(value);
            case SCALE -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && n.doubleValue() >= 1 && n.doubleValue() <= 5 ? n.intValue() : null;
            case SINGLE_CHOICE -> value instanceof String choice && options(question).contains(choice) ? choice : null;
            case MULTIPLE_CHOICE -> choices(question, value);
        };
    }

    private static String text(Object value, int max) {
        if (!(value instanceof String s)) {
            return null;
        }
        String stripped = s.strip();
        return stripped.length() <= max ? stripped : null;
    }

    private static Object number(Object value) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return null;
        }
        BigDecimal decimal = new BigDecimal(n.toString());
        return decimal.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) <= 0 ? decimal : null;
    }

    private static List<String> choices(QuestionDto question, Object value) {
        Collection<?> picked = value instanceof Collection<?> c ? c : value instanceof String s ? List.of(s) : null;
        if (picked == null || !picked.stream().allMatch(v -> v instanceof String && options(question).contains(v))) {
            return null;
        }
        return picked.stream().map(String.class::cast).distinct().toList();
    }

    private static Set<String> options(QuestionDto question) {
        return question.options() == null ? Set.of()
                : question.options().stream().map(ChoiceDto::value).collect(Collectors.toSet());
    }

    private static String expectation(QuestionDto question) {
        return switch (question.type()) {
            case SHORT_TEXT -> "must be text of at most " + SHORT_TEXT_MAX + " characters";
            case LONG_TEXT -> "must be text of at most " + LONG_TEXT_MAX + " characters";
            case URL -> "must be a web address starting with http:// or https://";
            case COUNTRY -> "must be an ISO 3166 alpha-2 country code";
            case YES_NO -> "must be true or false";
            case NUMBER -> "must be a number";
            case SCALE -> "must be a whole number from 1 to 5";
            case SINGLE_CHOICE -> "must be one of " + options(question);
            case MULTIPLE_CHOICE -> "must be a list of values from " + options(question);
        };
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static FieldError error(String key, String message, String messageKey) {
        return new FieldError("answers." + key, message, messageKey);
    }
}
