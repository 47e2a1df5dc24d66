package org.etradecampus.course;

import io.micronaut.serde.annotation.Serdeable;

/** A file attached to a lesson; {@code GET /api/resources/{id}} downloads it. */
@Serdeable
public record ResourceDto(String id, String lessonId, String fileName, String contentType, long sizeBytes) {
}
