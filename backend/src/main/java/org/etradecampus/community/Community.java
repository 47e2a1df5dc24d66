package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("community")
record Community(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String description, @Nullable String regionCode,
                 JoinPolicy joinPolicy, long createdBy, Instant createdAt) {
}
