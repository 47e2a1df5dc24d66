package org.etradecampus.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.activity.CountryGroup;

import java.time.LocalDate;

/** A period of a country's membership of a group: from {@code from} until the day before {@code to} (open when null). */
@Serdeable
public record GroupMembershipDto(@NotNull CountryGroup group, @NotNull LocalDate from, @Nullable LocalDate to) {
}
