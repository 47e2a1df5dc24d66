package org.etradecampus.enrolment;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.common.PageDto;

import java.util.Map;

/** A page of the enrolment list, and how many people the activity has in each status. */
@Serdeable
public record RosterDto(PageDto<RosterEntryDto> page, Map<EnrolmentStatus, Long> countsByStatus) {
}
