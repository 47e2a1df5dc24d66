package org.etradecampus.account;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
