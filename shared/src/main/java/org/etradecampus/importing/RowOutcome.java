package org.etradecampus.importing;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a row does (dry run) or did: a new account (invited by e-mail) or an existing one, then a
 * seat, a place on the waitlist, or nothing because she is already in; INVALID rows do nothing.
 */
@Serdeable
public enum RowOutcome {
    NEW_ACCOUNT_ENROLLED,
    NEW_ACCOUNT_WAITLISTED,
    EXISTING_ACCOUNT_ENROLLED,
    EXISTING_ACCOUNT_WAITLISTED,
    ALREADY_ENROLLED,
    INVALID
}
