package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A community as the reader sees it: {@code myStatus}, {@code myRole} and {@code digest} are hers (null when she never joined). */
@Serdeable
public record CommunityDto(String id, String name, @Nullable String description, @Nullable String regionCode,
                           @Nullable String regionName, JoinPolicy joinPolicy, long members, @Nullable MemberStatus myStatus,
                           @Nullable MemberRole myRole, @Nullable Boolean digest, boolean moderator) {
}
