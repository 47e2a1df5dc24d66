package org.etradecampus.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemResponsesTest {

    @Test
    void turnsSerdePathsIntoJsonFieldNames() {
        assertEquals("gender", ProblemResponses.fieldFromPath("org.etradecampus.account.ProfileDto[\"gender\"]"));
        assertEquals("roles[1]", ProblemResponses.fieldFromPath(
                "org.etradecampus.user.CreateUserRequest[\"roles\"]->java.util.RegularEnumSet[1]"));
        assertEquals("", ProblemResponses.fieldFromPath("java.util.RegularEnumSet[1]"));
        assertEquals("", ProblemResponses.fieldFromPath(null));
    }

    @Test
    void givesEveryKindAStableType() {
        assertEquals("https://etradecampus.org/problems/validation", ProblemKind.VALIDATION.type());
        assertEquals(ProblemKind.NOT_FOUND, ProblemKind.forStatus(404));
        assertEquals(ProblemKind.UNAVAILABLE, ProblemKind.forStatus(503));
        assertEquals(ProblemKind.INTERNAL, ProblemKind.forStatus(502));
    }
}
