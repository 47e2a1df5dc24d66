package org.etradecampus.account;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum Role {
    PARTICIPANT,
    TRAINER,
    MANAGER,
    ADMIN
}
