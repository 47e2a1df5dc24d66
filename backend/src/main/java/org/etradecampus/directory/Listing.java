package org.etradecampus.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** languages, seeks and shown are comma-separated codes; marketplaces a JSON array of names. */
@MappedEntity("business_listing")
record Listing(@Id Long userId, boolean published, @Nullable Instant firstPublishedAt, String businessName, @Nullable String sector,
               @Nullable String countryCode, String languages, @Nullable String website, String marketplaces, @Nullable String offers,
               String seeks, boolean womenLed, @Nullable String contactEmail, @Nullable String contactPhone, String shown,
               Instant updatedAt, @Nullable String logoKey, @Nullable String logoType) {

}
