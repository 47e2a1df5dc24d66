package org.etradecampus.community;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record AbuseReportDto(String id, String postId, String postAuthorName, String postExcerpt, boolean postHidden,
                             String reporterName, String reason, Instant createdAt) {
}
