package org.etradecampus.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An activity's attendance: sessions held (started) of all planned, the threshold completion needs,
 * the rate over everyone (attended marks over counted ones), and each person's.
 */
@Serdeable
public record ActivityAttendanceDto(int sessionsHeld, int sessionsPlanned, double threshold, @Nullable Double rate,
                                    List<PersonAttendanceDto> people) {
}
