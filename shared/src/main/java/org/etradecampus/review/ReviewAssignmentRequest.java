package org.etradecampus.review;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many different reviewers read each application. */
@Serdeable
public record ReviewAssignmentRequest(@NotNull @Min(1) @Max(10) Integer reviewsPerApplication) {
}
