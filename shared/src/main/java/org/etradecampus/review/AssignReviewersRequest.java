package org.etradecampus.review;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The activity's reviewers, replacing the previous ones: accounts with the TRAINER or MANAGER role. */
@Serdeable
public record AssignReviewersRequest(@NotNull @Size(max = 200) Set<@NotNull @Size(max = 30) String> userIds) {
}
