package org.etradecampus.activity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum EnrolmentPolicy {
    OPEN,
    APPLICATION
}
