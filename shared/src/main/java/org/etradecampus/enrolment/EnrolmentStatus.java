package org.etradecampus.enrolment;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum EnrolmentStatus {
    ENROLLED,
    WAITLISTED,
    APPLIED,
    WITHDRAWN,
    CANCELLED,
    COMPLETED
}
