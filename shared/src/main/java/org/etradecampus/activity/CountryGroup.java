package org.etradecampus.activity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum CountryGroup {
    LDC,
    LLDC,
    SIDS
}
