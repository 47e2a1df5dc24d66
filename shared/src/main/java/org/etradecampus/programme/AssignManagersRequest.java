package org.etradecampus.programme;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The programme's managers, replacing the previous ones; at least one, each holding the MANAGER role. */
@Serdeable
public record AssignManagersRequest(@NotNull @Size(min = 1, max = 50) Set<@NotNull @Size(max = 30) String> userIds) {
}
