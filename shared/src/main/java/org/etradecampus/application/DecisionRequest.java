package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** One decision for up to 1,000 applications at once; all of them are decided, or none. */
@Serdeable
public record DecisionRequest(@NotNull @Size(min = 1, max = 1000) Set<@NotNull @Size(max = 30) String> applicationIds,
                              @NotNull Decision decision) {
}
