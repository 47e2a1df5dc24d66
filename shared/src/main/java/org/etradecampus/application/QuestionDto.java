package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A question of an application form. {@code key} names its answer; {@code options} are for the choice
 * types; {@code identifying} answers (a business name, a website) are hidden from blind reviewers.
 */
@Serdeable
public record QuestionDto(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]*", message = "must start with a letter and hold only letters, digits and _") String key,
                          @NotNull QuestionType type,
                          @NotNull @Valid LocalizedText label,
                          boolean required,
                          boolean identifying,
                          @Nullable @Size(max = 50) List<@NotNull @Valid ChoiceDto> options) {
}
