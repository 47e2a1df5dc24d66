package org.etradecampus.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Her attendance in an activity: sessions attended (present or late) over sessions held, leaving
 * out those she was excused from; {@code rate} is null before any counts. {@code atRisk}: below the
 * activity's completion threshold now; {@code canStillComplete}: attending every session left
 * would bring her to it.
 */
@Serdeable
public record PersonAttendanceDto(String enrolmentId, String userId, String displayName, int attended, int excused,
                                  int held, @Nullable Double rate, boolean atRisk, boolean canStillComplete) {
}
