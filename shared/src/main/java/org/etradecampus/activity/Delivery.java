package org.etradecampus.activity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum Delivery {
    IN_PERSON,
    ONLINE,
    HYBRID
}
