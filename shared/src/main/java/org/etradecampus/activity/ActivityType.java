package org.etradecampus.activity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum ActivityType {
    MASTERCLASS,
    ONLINE_COURSE,
    WORKSHOP,
    STUDY_TOUR,
    ACCELERATOR_COHORT
}
