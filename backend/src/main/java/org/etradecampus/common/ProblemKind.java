package org.etradecampus.common;

import io.micronaut.http.HttpStatus;

/** One stable problem {@code type} per kind of failure; clients may switch on it. */
public enum ProblemKind {
    VALIDATION(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "problem.validation"),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", "problem.malformed-body"),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", "problem.validation"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", "problem.unauthorized"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "problem.forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found", "problem.not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed", "problem.method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable", "problem.not-acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict", "problem.conflict"),
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_ENTITY, "unprocessable", "Request cannot be processed", "problem.unprocessable"),
    NOT_ELIGIBLE(HttpStatus.UNPROCESSABLE_ENTITY, "not-eligible", "Not eligible", "enrolment.not-eligible"),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Request body too large", "problem.payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type", "problem.unsupported-media-type"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", "problem.too-many-requests"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", "problem.unavailable"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error", "problem.internal");

    private static final String TYPE_BASE = "https://etradecampus.org/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final String messageKey;

    ProblemKind(HttpStatus status, String slug, String title, String messageKey) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.messageKey = messageKey;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public String title() {
        return title;
    }

    public String messageKey() {
        return messageKey;
    }

    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status.getCode() == status && kind != MALFORMED_BODY && kind != BAD_REQUEST) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
