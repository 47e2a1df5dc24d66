package org.etradecampus.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A lesson: {@code body} in Markdown (headings, emphasis, lists, links; clients render it without
 * raw HTML), an optional video from YouTube or Vimeo, {@code required} for completion.
 * {@code doneAt}: when the caller marked it done, if she holds a seat.
 */
@Serdeable
public record LessonDto(String id, String moduleId, int position, String title, @Nullable String body,
                        @Nullable String videoUrl, boolean required, @Nullable Instant doneAt, List<ResourceDto> resources) {
}
