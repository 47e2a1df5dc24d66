package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A value with the number of people behind it ({@code null} only for a stated baseline). */
@Serdeable
public record FigureDto(double value, @Nullable Long people, FigureBasis basis) {
}
