package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.etradecampus.account.Gender;
import org.etradecampus.activity.CountryGroup;

import java.time.LocalDate;

/**
 * A target for the period {@code from}..{@code to} (inclusive), for everyone or only for one
 * {@code gender} or {@code countryGroup}. With a cumulative indicator the value counts from the
 * programme's start to {@code to}; otherwise only within the period.
 */
@Serdeable
public record TargetDto(@Nullable String id,
                        @NotNull LocalDate from,
                        @NotNull LocalDate to,
                        @NotNull @DecimalMin("-1000000000000") @DecimalMax("1000000000000") Double value,
                        @Nullable Gender gender,
                        @Nullable CountryGroup countryGroup) {
}
