package org.etradecampus.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One row of the report: its {@code key} (a code or id; "NONE" for people without one) and {@code label} in the reader's language. */
@Serdeable
public record ParticipationRowDto(String key, String label, long registered, long attended, long completed, long women,
                                  @Nullable Double womenShare, long genderUndisclosed, long countries, long ldcParticipants,
                                  long lldcParticipants, long sidsParticipants) {
}
