package org.etradecampus.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The funnel and who was reached, each a count of distinct people: {@code registered} (held a seat
 * or completed), {@code attended} (present or late at least once), {@code completed};
 * {@code women} among those registered and their share (0 to 1, null without anyone), those who
 * did not say their gender, the distinct countries they came from, and those from LDCs, LLDCs and
 * SIDS at the activity's start. {@code ldcCountries}: how many of those countries were LDCs then.
 */
@Serdeable
public record ParticipationFiguresDto(long registered, long attended, long completed, long women, @Nullable Double womenShare,
                                      long genderUndisclosed, long countries, long ldcParticipants, long lldcParticipants,
                                      long sidsParticipants, long ldcCountries) {
}
