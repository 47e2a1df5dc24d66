package org.etradecampus.common;

import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.UnauthorizedException;

/** The signed-in caller of the current request. */
@Singleton
public class CurrentUser {

    private final SecurityService security;

    CurrentUser(SecurityService security) {
        this.security = security;
    }

    public long id() {
        return security.getAuthentication()
                .map(a -> parseId(a.getName()))
                .orElseThrow(() -> new UnauthorizedException("Sign in first.", "problem.unauthorized"));
    }

    /** The caller's id when she is signed in. */
    public java.util.Optional<Long> idIfSignedIn() {
        return security.getAuthentication().map(a -> parseId(a.getName()));
    }

    /** Whether the caller, if signed in, holds any of these roles. */
    public boolean hasAnyRole(String... roles) {
        return security.getAuthentication()
                .map(a -> java.util.Arrays.stream(roles).anyMatch(a.getRoles()::contains))
                .orElse(false);
    }

    public boolean isAdmin() {
        return hasAnyRole("ADMIN");
    }

    /** Managers and administrators run programmes and their activities. */
    public boolean managesActivities() {
        return hasAnyRole("MANAGER", "ADMIN");
    }

    /** The sign-in session (refresh-token family) the caller's access token belongs to. */
    public String sessionId() {
        return security.getAuthentication()
                .map(a -> String.valueOf(a.getAttributes().get("sid")))
                .orElseThrow(() -> new UnauthorizedException("Sign in first.", "problem.unauthorized"));
    }

    /** IDs are opaque strings to clients; one that cannot be ours is simply not found. */
    public static long parseId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException("No such resource.");
        }
        return Long.parseLong(id);
    }

    /** The id, or null when the text is not one. */
    public static Long parseIdOrNull(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
