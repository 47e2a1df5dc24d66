package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The first answer to an enrolment request carrying an Idempotency-Key, replayed for its retries. */
@MappedEntity("idempotent_request")
record IdempotentRequest(@Id String requestKey, String requestHash, long enrolmentId, EnrolmentStatus status,
                         @Nullable Integer position, Instant createdAt) {

    static String keyOf(long userId, String idempotencyKey) {
        return userId + ":" + idempotencyKey;
    }
}
