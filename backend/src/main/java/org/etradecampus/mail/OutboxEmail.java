package org.etradecampus.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("outbox_email")
record OutboxEmail(@Id @GeneratedValue @Nullable Long id, String recipient, String subject, String body, String status,
                   int attempts, Instant nextAttemptAt, @Nullable String claimedBy, @Nullable Instant claimedUntil,
                   @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String LOGGED = "LOGGED";
    static final String FAILED = "FAILED";
}
