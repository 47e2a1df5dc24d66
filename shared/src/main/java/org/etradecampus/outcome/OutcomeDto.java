package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One indicator's figures for a programme or one of its activities: its baseline, its latest
 * value, the change between them, the paired before/after (survey indicators), and each target's
 * progress. Every value carries the number of people behind it.
 */
@Serdeable
public record OutcomeDto(IndicatorDto indicator, @Nullable FigureDto baseline, @Nullable FigureDto latest,
                         @Nullable Double change, @Nullable PairedDto paired, List<TargetProgressDto> targets) {
}
