package org.etradecampus.common;

import java.util.List;

/** The domain exceptions features throw. */
public final class Exceptions {

    private Exceptions() {
    }

    public static final class ValidationException extends DomainException {
        public ValidationException(String field, String message, String messageKey) {
            super(field + ": " + message, ProblemKind.VALIDATION.messageKey(),
                    List.of(new Problem.FieldError(field, message, messageKey)));
        }

        /** Every problem found at once, each naming its field. */
        public ValidationException(List<Problem.FieldError> errors) {
            super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"),
                    ProblemKind.VALIDATION.messageKey(), errors);
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.VALIDATION;
        }
    }

    public static final class NotFoundException extends DomainException {
        public NotFoundException(String detail) {
            super(detail, ProblemKind.NOT_FOUND.messageKey(), List.of());
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.NOT_FOUND;
        }
    }

    public static final class ConflictException extends DomainException {
        public ConflictException(String detail, String messageKey, List<Problem.FieldError> fieldErrors) {
            super(detail, messageKey, fieldErrors);
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.CONFLICT;
        }
    }

    public static final class ForbiddenException extends DomainException {
        public ForbiddenException(String detail, String messageKey) {
            super(detail, messageKey, List.of());
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.FORBIDDEN;
        }
    }

    public static final class UnauthorizedException extends DomainException {
        public UnauthorizedException(String detail, String messageKey) {
            super(detail, messageKey, List.of());
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.UNAUTHORIZED;
        }
    }

    /** A refusal that says how long the client should wait, sent as {@code Retry-After}. */
    public abstract static class RetryLaterException extends DomainException {
        private final long retryAfterSeconds;

        RetryLaterException(String detail, String messageKey, long retryAfterSeconds) {
            super(detail, messageKey, List.of());
            this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** 429: too many requests from one account or address. */
    public static final class TooManyRequestsException extends RetryLaterException {

        public TooManyRequestsException(String detail, String messageKey, long retryAfterSeconds) {
            super(detail, messageKey, retryAfterSeconds);
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.TOO_MANY_REQUESTS;
        }
    }

    /** 503: not now, e.g. while figures are rebuilt. */
    public static final class UnavailableException extends RetryLaterException {

        public UnavailableException(String detail, String messageKey, long retryAfterSeconds) {
            super(detail, messageKey, retryAfterSeconds);
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.UNAVAILABLE;
        }
    }

    /** 422: understood but refused as it stands, e.g. an eligibility rule not met (each named in fieldErrors). */
    public static final class UnprocessableException extends DomainException {
        private final ProblemKind kind;

        public UnprocessableException(ProblemKind kind, String detail, String messageKey, List<Problem.FieldError> fieldErrors) {
            super(detail, messageKey, fieldErrors);
            this.kind = kind;
        }

        @Override
        public ProblemKind kind() {
            return kind;
        }
    }
}
