package org.etradecampus.community;

public enum MemberRole {
    MEMBER,
    MODERATOR
}
