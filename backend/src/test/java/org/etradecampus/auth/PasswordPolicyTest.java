package org.etradecampus.auth;

import org.etradecampus.common.Exceptions.ValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertTrue(policy.commonCount() >= 10_000, "common passwords: " + policy.commonCount());
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertRefused("Password1", "validation.password-common");
        assertRefused("QWERTYUIOP", "validation.password-common");
        assertRefused("sunshine", "validation.password-common");
    }

    @Test
    void refusesTheAccountsOwnEmail() {
        assertThrows(ValidationException.class, () -> policy.check("password", "amina.diallo", "amina.diallo@example.org"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertDoesNotThrow(() -> policy.check("password", "ñandú-été", null));
        assertRefused("été-ñañ", "validation.password-too-short");
    }

    @Test
    void acceptsEightToOneHundredTwentyEightCharactersWithoutCompositionRules() {
        assertDoesNotThrow(() -> policy.check("password", "tuvwxyzq", null));
        assertDoesNotThrow(() -> policy.check("password", "z".repeat(128), null));
        assertRefused("z".repeat(129), "validation.password-too-long");
        assertRefused("", "validation.password-too-short");
    }

    private void assertRefused(String password, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> policy.check("password", password, null));
        assertEquals(key, e.fieldErrors().get(0).messageKey());
    }
}
