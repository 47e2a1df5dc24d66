package org.etradecampus.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Set;

/** Her own listing, every field, as she edits it. */
@Serdeable
public record ListingDto(boolean published, String businessName, @Nullable String sector, @Nullable String countryCode,
                         List<String> languages, @Nullable String website, List<String> marketplaces, @Nullable String offers,
                         Set<Seeking> seeks, boolean womenLed, @Nullable String contactEmail, @Nullable String contactPhone,
                         Set<ContactField> shown, @Nullable String logoUrl) {
}
