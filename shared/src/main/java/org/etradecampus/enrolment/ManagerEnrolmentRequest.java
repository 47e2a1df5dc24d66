package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A manager seats someone, named by {@code userId} or by her account's {@code email} (direct
 * enrolment). Beyond capacity only with {@code overCapacity} and a reason, both recorded; without
 * it a full activity puts the person on the waitlist (direct) or refuses (promote).
 */
@Serdeable
public record ManagerEnrolmentRequest(@Nullable @Size(max = 30) String userId,
                                      @Nullable @Email @Size(max = 254) String email,
                                      @Nullable Boolean overCapacity,
                                      @Nullable @Size(max = 500) String reason) {
}
