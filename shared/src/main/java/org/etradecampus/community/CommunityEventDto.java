package org.etradecampus.community;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.activity.ActivityType;

import java.time.LocalDate;

/** A catalogue activity a community points its members to; {@code past} once it has ended. */
@Serdeable
public record CommunityEventDto(String activityId, String title, ActivityType type, LocalDate startDate, LocalDate endDate,
                                boolean past) {
}
