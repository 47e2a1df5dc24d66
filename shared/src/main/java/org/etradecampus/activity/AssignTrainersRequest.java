package org.etradecampus.activity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The activity's trainers, replacing the previous ones; each must hold the TRAINER role. */
@Serdeable
public record AssignTrainersRequest(@NotNull @Size(max = 50) Set<@NotNull @Size(max = 30) String> trainerIds) {
}
