package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/** REPORTED by the SME, waiting for her coach or manager; VALIDATED (counts in figures) or REJECTED. */
@Serdeable
public enum MilestoneStatus {
    REPORTED,
    VALIDATED,
    REJECTED
}
