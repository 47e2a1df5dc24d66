package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum Decision {
    ACCEPT,
    WAITLIST,
    REJECT
}
