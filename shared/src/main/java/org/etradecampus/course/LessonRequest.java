package org.etradecampus.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code videoUrl}: an https address on YouTube or Vimeo (what clients may embed);
 * {@code position}: 1 for the first in its module, absent puts it last.
 */
@Serdeable
public record LessonRequest(@NotBlank @Size(max = 200) String title,
                            @Nullable @Size(max = 20_000) String body,
                            @Nullable @Size(max = 300) @Pattern(regexp = "https://(www\\.youtube\\.com|youtube\\.com|youtu\\.be|vimeo\\.com|player\\.vimeo\\.com)/\\S+",
                                    message = "must be an https address on YouTube or Vimeo") String videoUrl,
                            @Nullable Boolean required,
                            @Nullable @Min(1) @Max(1000) Integer position) {
}
