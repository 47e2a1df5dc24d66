package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A moderator accepts (ACTIVE) or removes (REMOVED) a member, declines a request to join (LEFT: she may
 * ask again), or makes her a moderator; absent fields stay.
 */
@Serdeable
public record MemberChangeRequest(@Nullable MemberStatus status, @Nullable MemberRole role) {
}
