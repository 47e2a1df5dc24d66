package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record MemberDto(String userId, String displayName, @Nullable String countryCode, MemberRole role, MemberStatus status,
                        Instant since) {
}
