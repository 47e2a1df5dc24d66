package org.etradecampus.outcome;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Figures computed from participation data, never typed in: distinct people who registered
 * (held a seat), attended (present or late at least once) or completed; the women among them; the
 * share of women among those registered (0 to 100); distinct countries of those registered; and
 * those registered from LDCs, LLDCs and SIDS.
 */
@Serdeable
public enum ParticipationMeasure {
    PARTICIPANTS_REGISTERED,
    PARTICIPANTS_ATTENDED,
    PARTICIPANTS_COMPLETED,
    WOMEN_REGISTERED,
    WOMEN_ATTENDED,
    WOMEN_COMPLETED,
    WOMEN_SHARE,
    COUNTRIES_REACHED,
    LDC_PARTICIPANTS,
    LLDC_PARTICIPANTS,
    SIDS_PARTICIPANTS
}
