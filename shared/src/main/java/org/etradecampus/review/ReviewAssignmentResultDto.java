package org.etradecampus.review;

import io.micronaut.serde.annotation.Serdeable;

/** Applications newly given to reviewers, and the reviews that made. */
@Serdeable
public record ReviewAssignmentResultDto(long applications, long reviews) {
}
