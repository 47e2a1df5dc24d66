package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.application.LocalizedText;

@Serdeable
public record MilestoneDto(String id, String programmeId, String code, LocalizedText name, int position) {
}
