package org.etradecampus.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Set;

/**
 * A published listing as others see it: contact details (e-mail, phone, website, marketplaces) are
 * null unless its owner chose to show them. {@code mine}: the reader's own business.
 */
@Serdeable
public record DirectoryEntryDto(String id, String businessName, @Nullable String sector, @Nullable String countryCode,
                                @Nullable String countryName, List<String> languages, @Nullable String offers, Set<Seeking> seeks,
                                boolean womenLed, @Nullable String website, @Nullable List<String> marketplaces,
                                @Nullable String contactEmail, @Nullable String contactPhone, boolean mine,
                                @Nullable String logoUrl) {
}
