package org.etradecampus.attendance;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.activity.SessionDto;

import java.util.List;

/** A session's attendance sheet: everyone holding a seat, by name. */
@Serdeable
public record AttendanceSheetDto(SessionDto session, String activityTitle, List<AttendanceEntryDto> entries) {
}
