package org.etradecampus.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * RFC 9457 problem details. {@code messageKey} lets the SPA translate the message; {@code errors}
 * names each field at fault.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json")
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        String messageKey,
        @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, String messageKey) {
    }
}
