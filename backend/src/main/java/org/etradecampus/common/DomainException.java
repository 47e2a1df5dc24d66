package org.etradecampus.common;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * What a feature throws when a request cannot be honoured. {@link ProblemResponses} turns it into
 * problem+json; no feature builds error bodies itself.
 */
public abstract class DomainException extends RuntimeException {

    private final transient List<Problem.FieldError> fieldErrors;
    private final String messageKey;

    protected DomainException(String detail, String messageKey, List<Problem.FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.messageKey = messageKey;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public abstract ProblemKind kind();

    public HttpStatus status() {
        return kind().status();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
