package org.etradecampus.activity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    CANCELLED
}
