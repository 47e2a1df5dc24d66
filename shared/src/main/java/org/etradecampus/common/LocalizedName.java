package org.etradecampus.common;

import io.micronaut.serde.annotation.Serdeable;

/** A name in the platform's three languages. */
@Serdeable
public record LocalizedName(String en, String fr, String es) {
}
