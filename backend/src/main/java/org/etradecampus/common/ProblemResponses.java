package org.etradecampus.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.type.Argument;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns every error, ours and the framework's, into RFC 9457 problem+json with a
 * stable {@code type}, a {@code messageKey} for the SPA and the fields at fault. Nothing internal
 * (class names, stack traces, SQL) reaches the client.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    private static final Map<String, String> CONSTRAINT_KEYS = Map.ofEntries(
            Map.entry("NotNull", "validation.required"),
            Map.entry("NotBlank", "validation.required"),
            Map.entry("NotEmpty", "validation.required"),
            Map.entry("Email", "validation.email"),
            Map.entry("KnownCountry", "validation.unknown-country"),
            Map.entry("Size", "validation.size"),
            Map.entry("Min", "validation.out-of-range"),
            Map.entry("Max", "validation.out-of-range"),
            Map.entry("Positive", "validation.out-of-range"),
            Map.entry("PositiveOrZero", "validation.out-of-range"),
            Map.entry("DecimalMin", "validation.out-of-range"),
            Map.entry("DecimalMax", "validation.out-of-range"));

    private static final Pattern PATH_SEGMENT = Pattern.compile("\\[\"([^\"]{1,100})\"]|\\[(\\d{1,9})]");
    private static final Pattern ALLOWED_VALUES = Pattern.compile("Expected one of \\[([A-Z0-9_, ]{1,500})]");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Throwable cause = context.getRootCause().orElse(null);
        Problem problem = problemFor(cause, response.code(), context);
        response.status(problem.status()).contentType(Problem.MEDIA_TYPE);
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return response.body(null);
        }
        return response.body(problem);
    }

    static Problem problemFor(Throwable cause, int status, ErrorContext context) {
        if (cause instanceof DomainException domain) {
            return problem(domain.kind(), domain.status().getCode(), domain.getMessage(), domain.messageKey(),
                    domain.fieldErrors());
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(ProblemResponses::fieldError)
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return problem(ProblemKind.VALIDATION, 400, describe(errors), ProblemKind.VALIDATION.messageKey(), errors);
        }
        if (cause instanceof ConversionErrorException conversion) {
            String field = conversion.getArgument().getName();
            if (conversion.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
                return malformedBody(conversion.getConversionError().getCause() != null
                        ? conversion.getConversionError().getCause() : conversion);
            }
            List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, "has a value of the wrong type",
                    "validation.invalid-type"));
            return problem(ProblemKind.VALIDATION, 400, describe(errors), ProblemKind.VALIDATION.messageKey(), errors);
        }
        Argument<?> missingArgument = cause instanceof UnsatisfiedArgumentException u ? u.getArgument()
                : cause instanceof UnsatisfiedRouteException r ? r.getArgument() : null;
        if (missingArgument != null) {
            boolean body = missingArgument.getAnnotationMetadata().hasAnnotation(Body.class);
            String field = body ? "body" : missingArgument.getName();
            List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, "is required", "validation.required"));
            return problem(ProblemKind.VALIDATION, 400, field + " is required", ProblemKind.VALIDATION.messageKey(), errors);
        }
        if (status == 400 && isBodyDecodingFailure(cause)) {
            return malformedBody(cause);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = kind == ProblemKind.INTERNAL ? "Something went wrong on our side; it has been logged."
                : context.getErrors().stream().findFirst().map(e -> safeDetail(e.getMessage(), kind)).orElse(kind.title());
        List<Problem.FieldError> errors = status == 400 ? pathErrors(context) : List.of();
        return problem(kind, status, detail, kind.messageKey(), errors);
    }

    /**
     * A body that is not JSON is a malformed body; JSON whose value has the wrong type or an unknown
     * enum constant is a validation error naming the field, with the allowed values when known.
     */
    private static Problem malformedBody(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException serde) {
                String field = fieldFromPath(serde.getPathAsString());
                if (!field.isEmpty()) {
                    Matcher allowed = ALLOWED_VALUES.matcher(String.valueOf(serde.getMessage()));
                    String message = allowed.find() ? "must be one of " + allowed.group(1)
                            : "has a value of the wrong type";
                    List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message,
                            allowed.find(0) ? "validation.invalid-value" : "validation.invalid-type"));
                    return problem(ProblemKind.VALIDATION, 400, field + " " + message,
                            ProblemKind.VALIDATION.messageKey(), errors);
                }
            }
        }
        return problem(ProblemKind.MALFORMED_BODY, 400, "The request body is not valid JSON for this request.",
                ProblemKind.MALFORMED_BODY.messageKey(),
                List.of(new Problem.FieldError("body", "is not valid JSON for this request", "problem.malformed-body")));
    }

    /** {@code Type["roles"]->java.util.Set[1]} becomes {@code roles[1]}. */
    static String fieldFromPath(String path) {
        if (path == null) {
            return "";
        }
        StringBuilder field = new StringBuilder();
        Matcher matcher = PATH_SEGMENT.matcher(path);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(matcher.group(1));
            } else if (!field.isEmpty()) {
                field.append('[').append(matcher.group(2)).append(']');
            }
        }
        return field.toString();
    }

    private static boolean isBodyDecodingFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.micronaut.serde") || name.startsWith("com.fasterxml.jackson")
                    || name.equals("io.micronaut.http.codec.CodecException")
                    || name.equals("io.micronaut.json.JsonSyntaxException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static List<Problem.FieldError> pathErrors(ErrorContext context) {
        List<Problem.FieldError> errors = new ArrayList<>();
        context.getErrors().forEach(e -> e.getPath().ifPresent(path ->
                errors.add(new Problem.FieldError(path, "is not valid", "validation.invalid-value"))));
        return errors;
    }

    /** Framework messages for 4xx are safe to show, but never echo class names back. */
    private static String safeDetail(String message, ProblemKind kind) {
        if (message == null || message.isBlank() || message.contains("Exception") || message.contains("class ")
                || message.length() > 300) {
            return kind.title();
        }
        return message;
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String key = CONSTRAINT_KEYS.getOrDefault(
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                "validation.invalid-value");
        return new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage(), key);
    }

    /**
     * Strips the method and the body parameter from a path such as {@code register.request.email}, so
     * the client sees the field of its JSON ({@code email}) or the query parameter ({@code size}).
     */
    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            boolean hasChildren = i < nodes.size() - 1;
            if (kind == ElementKind.PARAMETER && hasChildren) {
                continue;
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                continue;
            }
            String name = node.getName();
            if (name == null || name.isBlank()) {
                continue;
            }
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            parts.add(name);
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static String describe(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid.");
    }

    static Problem problem(ProblemKind kind, int status, String detail, String messageKey, List<Problem.FieldError> errors) {
        return new Problem(kind.type(), kind.title(), status, detail, messageKey, errors.isEmpty() ? null : errors);
    }
}
