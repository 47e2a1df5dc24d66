package org.etradecampus.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A contact request. The business sees the sender's name and country; {@code senderEmail} only once
 * it has replied. The sender sees the business's name, and its reply.
 */
@Serdeable
public record ContactRequestDto(String id, String businessId, String businessName, String senderName,
                                @Nullable String senderCountryCode, @Nullable String senderEmail, String message,
                                Instant createdAt, @Nullable String reply, @Nullable Instant repliedAt) {
}
