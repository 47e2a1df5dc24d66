package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * A manager seats someone. Beyond capacity only with {@code overCapacity} and a reason, both
 * recorded; without it a full activity puts the person on the waitlist (direct) or refuses (promote).
 */
@Serdeable
public record ManagerEnrolmentRequest(@Nullable @Size(max = 30) String userId, @Nullable Boolean overCapacity,
                                      @Nullable @Size(max = 500) String reason) {
}
