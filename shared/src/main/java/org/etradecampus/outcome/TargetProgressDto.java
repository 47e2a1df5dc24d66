package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * Where a target stands: the value in its scope (period, gender, country group), the people behind
 * it, and {@code progress} = (value - baseline) / (target - baseline), 1 when reached, beyond 1
 * when passed; {@code null} when there is nothing to measure yet or target equals baseline.
 * {@code measuredFrom} and {@code measuredTo} are the period actually counted (null: open): the
 * target's own (from the programme's beginning when cumulative), within the period a report asked
 * for; when the two do not overlap, {@code measuredTo} is before {@code measuredFrom} and nothing counts.
 */
@Serdeable
public record TargetProgressDto(TargetDto target, @Nullable Double value, long people, @Nullable Double progress,
                                @Nullable LocalDate measuredFrom, @Nullable LocalDate measuredTo) {
}
