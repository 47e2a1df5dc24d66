package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;

/**
 * DRAFT (saved, not sent) → APPLIED → SCREENED_OUT (reason recorded), or a decision: ACCEPTED (she
 * is enrolled), WAITLISTED (she waits for a seat), REJECTED. WITHDRAWN by herself at any point.
 */
@Serdeable
public enum ApplicationStatus {
    DRAFT,
    APPLIED,
    SCREENED_OUT,
    ACCEPTED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN
}
