package org.etradecampus.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * Her business listing. {@code published} is her consent to appear in the directory (off until she
 * says so); {@code shown} lists the contact details others may see.
 */
@Serdeable
public record ListingRequest(@NotNull Boolean published,
                             @NotBlank @Size(max = 200) String businessName,
                             @Nullable @Size(max = 100) String sector,
                             @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String countryCode,
                             @Nullable @Size(max = 6) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String> languages,
                             @Nullable @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://") String website,
                             @Nullable @Size(max = 8) List<@NotBlank @Size(max = 100) String> marketplaces,
                             @Nullable @Size(max = 2000) String offers,
                             @Nullable Set<@NotNull Seeking> seeks,
                             @Nullable Boolean womenLed,
                             @Nullable @Email @Size(max = 254) String contactEmail,
                             @Nullable @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]{5,40}", message = "must be a phone number") String contactPhone,
                             @Nullable Set<@NotNull ContactField> shown) {
}
