package org.etradecampus.review;

import io.micronaut.serde.annotation.Serdeable;

/** A reviewer of the activity and how far she is: reviews assigned to her and reviews she has scored. */
@Serdeable
public record ReviewerProgressDto(String id, String displayName, String email, long assigned, long completed) {
}
