package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What an answer must be: SHORT_TEXT up to 300 characters, LONG_TEXT up to 5,000; COUNTRY an ISO
 * alpha-2 code; SCALE a whole number from 1 to 5.
 */
@Serdeable
public enum QuestionType {
    SHORT_TEXT,
    LONG_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    NUMBER,
    YES_NO,
    COUNTRY,
    URL,
    SCALE
}
