package org.etradecampus.application;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Forms, answers, rubrics and scores are stored as JSON documents; this reads and writes them. */
@Singleton
class Documents {

    static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);
    static final Argument<List<QuestionDto>> QUESTIONS = Argument.listOf(QuestionDto.class);

    private final JsonMapper json;

    Documents(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
