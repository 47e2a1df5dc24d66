package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.application.ChoiceDto;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.application.QuestionType;

import java.util.List;

/**
 * A survey question: the types of application forms plus SCALE (1 to 5); {@code unit} labels a
 * NUMBER's answer ("USD per month", "employees"). A NUMBER, SCALE or YES_NO question may feed an
 * indicator of the programme ({@code indicatorId}); participants are never shown that mapping.
 */
@Serdeable
public record SurveyQuestionDto(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]*", message = "must start with a letter and hold only letters, digits and _") String key,
                                @NotNull QuestionType type,
                                @NotNull @Valid LocalizedText label,
                                boolean required,
                                @Nullable @Size(max = 50) List<@NotNull @Valid ChoiceDto> options,
                                @Nullable @Valid LocalizedText unit,
                                @Nullable @Size(max = 20) String indicatorId) {
}
