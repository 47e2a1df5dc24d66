package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a target stands: the value in its scope (period, gender, country group), the people behind
 * it, and {@code progress} = (value - baseline) / (target - baseline), 1 when reached, beyond 1
 * when passed; {@code null} when there is nothing to measure yet or target equals baseline.
 */
@Serdeable
public record TargetProgressDto(TargetDto target, @Nullable Double value, long people, @Nullable Double progress) {
}
