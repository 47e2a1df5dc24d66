package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** VALIDATED or REJECTED. */
@Serdeable
public record MilestoneDecisionRequest(@NotNull MilestoneStatus status) {
}
