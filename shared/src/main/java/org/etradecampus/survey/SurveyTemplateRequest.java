package org.etradecampus.survey;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.etradecampus.application.LocalizedText;

import java.util.List;

@Serdeable
public record SurveyTemplateRequest(@NotNull SurveyKind kind,
                                    @NotNull @Valid LocalizedText title,
                                    @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid SurveyQuestionDto> questions) {
}
