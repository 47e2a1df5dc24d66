package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Hidden posts reach moderators only, with {@code hidden} set and the reason; members never see them. */
@Serdeable
public record PostDto(String id, String authorId, String authorName, @Nullable String title, String body, Instant createdAt,
                      boolean hidden, @Nullable String hiddenReason, List<PostDto> comments) {
}
