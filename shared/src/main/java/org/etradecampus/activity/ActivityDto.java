package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An activity as the catalogue shows it, with live seat counts. */
@Serdeable
public record ActivityDto(
        String id,
        String programmeId,
        String programmeName,
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
        int seatsLeft,
        int enrolled,
        int waitlisted,
        EnrolmentPolicy enrolmentPolicy,
        @Nullable Instant enrolmentOpensAt,
        @Nullable Instant enrolmentClosesAt,
        boolean enrolmentOpen,
        ActivityStatus status,
        EligibilityDto eligibility,
        List<String> tags) {
}
