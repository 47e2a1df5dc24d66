package org.etradecampus.community;

/** INVITED (an alumna, until she accepts), PENDING (waiting for a moderator), ACTIVE, LEFT, REMOVED. */
public enum MemberStatus {
    INVITED,
    PENDING,
    ACTIVE,
    LEFT,
    REMOVED
}
