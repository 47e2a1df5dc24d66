package org.etradecampus.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as anyone verifying it sees it: what the certificate itself says, and whether it
 * is still valid. No more personal data than the certificate carries.
 */
@Serdeable
public record CertificateDto(String code, boolean valid, String holderName, String activityTitle, String programmeName,
                             LocalDate startDate, LocalDate endDate, Instant issuedAt, @Nullable Instant revokedAt,
                             @Nullable String revocationReason, String verifyUrl) {
}
