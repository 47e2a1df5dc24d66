package org.etradecampus.activity;

import org.etradecampus.account.Gender;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.country.Country;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    static final Country NEPAL = new Country("NP", "NPL", "524", "Nepal", "Népal", "Nepal", "142", "034", null, true, true, false);
    static final Country FIJI = new Country("FJ", "FJI", "242", "Fiji", "Fidji", "Fiji", "009", "054", null, false, false, true);

    @Test
    void letsEveryoneThroughWithoutRules() {
        assertTrue(Eligibility.of(null).check(ProfileDto.empty(), null).isEmpty());
    }

    @Test
    void namesEveryRuleNotMet() {
        Eligibility rules = new Eligibility(Set.of(Gender.FEMALE), Set.of(), Set.of("034"), Set.of(CountryGroup.LDC), true, false);
        ProfileDto man = profile(Gender.MALE, "FJ", false);

        List<String> unmet = rules.check(man, FIJI).stream().map(EligibilityCheckDto.Reason::rule).toList();

        assertEquals(List.of("gender", "region", "countryGroup", "womenLed"), unmet);
    }

    @Test
    void acceptsAnyRegionLevelAndAnyListedGroup() {
        Eligibility asia = new Eligibility(Set.of(), Set.of(), Set.of("142"), Set.of(CountryGroup.SIDS, CountryGroup.LLDC), false, false);

        assertTrue(asia.check(profile(Gender.FEMALE, "NP", true), NEPAL).isEmpty());
    }

    @Test
    void asksForWhatTheProfileDoesNotSayRatherThanRefusing() {
        Eligibility rules = new Eligibility(Set.of(Gender.FEMALE), Set.of("NP"), Set.of(), Set.of(), false, true);

        List<String> unmet = rules.check(ProfileDto.empty(), null).stream().map(EligibilityCheckDto.Reason::rule).toList();

        assertEquals(List.of("profile.gender", "profile.countryCode", "profile.womenOwned"), unmet);
    }

    private static ProfileDto profile(Gender gender, String country, boolean womenLed) {
        return new ProfileDto(country, gender, null, null, null, womenLed, null, null, List.of(), null);
    }
}
