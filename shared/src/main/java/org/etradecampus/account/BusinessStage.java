package org.etradecampus.account;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum BusinessStage {
    IDEA,
    STARTUP,
    GROWTH,
    ESTABLISHED
}
