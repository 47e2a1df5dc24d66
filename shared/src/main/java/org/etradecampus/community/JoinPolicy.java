package org.etradecampus.community;

/** OPEN: joining makes her a member at once; APPROVAL: a moderator accepts her. */
public enum JoinPolicy {
    OPEN,
    APPROVAL
}
