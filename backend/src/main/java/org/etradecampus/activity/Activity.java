package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** Comma-separated lists: see V4__programmes_and_activities.sql. */
@MappedEntity("activity")
public record Activity(
        @Id @GeneratedValue @Nullable Long id,
        long programmeId,
        ActivityType type,
        String title,
        @Nullable String description,
        Delivery delivery,
        String language,
        @Nullable String countryCode,
        @Nullable String city,
        @Nullable String regionCode,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        int capacity,
        EnrolmentPolicy enrolmentPolicy,
        @Nullable Instant enrolmentOpensAt,
        @Nullable Instant enrolmentClosesAt,
        ActivityStatus status,
        @Nullable String eligibleGenders,
        @Nullable String eligibleCountries,
        @Nullable String eligibleRegions,
        @Nullable String eligibleGroups,
        boolean womenLedOnly,
        boolean womenOwnedOnly,
        @Nullable String tags,
        int enrolledCount,
        int waitlistCount,
        long waitlistSeq,
        long createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public boolean enrolmentOpenAt(Instant now) {
        return status == ActivityStatus.PUBLISHED
                && (enrolmentOpensAt == null || !enrolmentOpensAt.isAfter(now))
                && (enrolmentClosesAt == null || enrolmentClosesAt.isAfter(now));
    }

    public int seatsLeft() {
        return Math.max(0, capacity - enrolledCount);
    }

    public Activity withStatus(ActivityStatus newStatus, Instant now) {
        return new Activity(id, programmeId, type, title, description, delivery, language, countryCode, city, regionCode,
                startDate, endDate, timeZone, capacity, enrolmentPolicy, enrolmentOpensAt, enrolmentClosesAt, newStatus,
                eligibleGenders, eligibleCountries, eligibleRegions, eligibleGroups, womenLedOnly, womenOwnedOnly, tags,
                enrolledCount, waitlistCount, waitlistSeq, createdBy, createdAt, now);
    }
}
