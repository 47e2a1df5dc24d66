package org.etradecampus.country;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A country's group memberships over time, in the order they began. */
@Serdeable
public record CountryGroupsDto(@NotNull @Size(max = 30) List<@NotNull @Valid GroupMembershipDto> memberships) {
}
