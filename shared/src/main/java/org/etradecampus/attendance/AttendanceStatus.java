package org.etradecampus.attendance;

import io.micronaut.serde.annotation.Serdeable;

/** PRESENT and LATE count as attended; EXCUSED leaves the session out of her rate. */
@Serdeable
public enum AttendanceStatus {
    PRESENT,
    LATE,
    ABSENT,
    EXCUSED
}
