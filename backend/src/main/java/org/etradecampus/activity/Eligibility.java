package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import org.etradecampus.account.Gender;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.country.Country;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An activity's eligibility rules, checked against a participant's profile. Every rule given must
 * hold; a rule that needs a profile field she has not filled in says so instead of refusing her
 * for the wrong reason.
 */
public record Eligibility(Set<Gender> genders, Set<String> countryCodes, Set<String> regionCodes,
                          Set<CountryGroup> countryGroups, boolean womenLedOnly, boolean womenOwnedOnly) {

    public static Eligibility of(EligibilityDto dto) {
        EligibilityDto rules = dto == null ? EligibilityDto.everyone() : dto;
        return new Eligibility(orEmpty(rules.genders()), orEmpty(rules.countryCodes()), orEmpty(rules.regionCodes()),
                orEmpty(rules.countryGroups()), Boolean.TRUE.equals(rules.womenLedOnly()),
                Boolean.TRUE.equals(rules.womenOwnedOnly()));
    }

    /** No rule at all: nobody needs to be looked up. */
    public boolean everyone() {
        return genders.isEmpty() && countryCodes.isEmpty() && regionCodes.isEmpty() && countryGroups.isEmpty()
                && !womenLedOnly && !womenOwnedOnly;
    }

    public EligibilityDto toDto() {
        return new EligibilityDto(genders, countryCodes, regionCodes, countryGroups, womenLedOnly, womenOwnedOnly);
    }

    /** Every rule she does not meet; empty when she may enrol. {@code country} is her profile's country, if any. */
    public List<EligibilityCheckDto.Reason> check(ProfileDto profile, @Nullable Country country) {
        List<EligibilityCheckDto.Reason> reasons = new ArrayList<>();
        if (!genders.isEmpty()) {
            if (profile.gender() == null) {
                reasons.add(missing("gender"));
            } else if (!genders.contains(profile.gender())) {
                reasons.add(new EligibilityCheckDto.Reason("gender", "open to " + names(genders) + " participants only",
                        "eligibility.gender"));
            }
        }
        boolean needsCountry = !countryCodes.isEmpty() || !regionCodes.isEmpty() || !countryGroups.isEmpty();
        if (needsCountry && country == null) {
            reasons.add(missing("countryCode"));
        } else if (needsCountry) {
            if (!countryCodes.isEmpty() && !countryCodes.contains(country.code())) {
                reasons.add(new EligibilityCheckDto.Reason("country", "open to businesses from " + String.join(", ", countryCodes)
                        + " only", "eligibility.country"));
            }
            if (!regionCodes.isEmpty() && !inRegion(country)) {
                reasons.add(new EligibilityCheckDto.Reason("region", "open to businesses from M49 regions "
                        + String.join(", ", regionCodes) + " only", "eligibility.region"));
            }
            if (!countryGroups.isEmpty() && !inGroup(country)) {
                reasons.add(new EligibilityCheckDto.Reason("countryGroup", "open to businesses from "
                        + names(countryGroups) + " countries only", "eligibility.country-group"));
            }
        }
        if (womenLedOnly) {
            if (profile.womenLed() == null) {
                reasons.add(missing("womenLed"));
            } else if (!profile.womenLed()) {
                reasons.add(new EligibilityCheckDto.Reason("womenLed", "open to women-led businesses only", "eligibility.women-led"));
            }
        }
        if (womenOwnedOnly) {
            if (profile.womenOwned() == null) {
                reasons.add(missing("womenOwned"));
            } else if (!profile.womenOwned()) {
                reasons.add(new EligibilityCheckDto.Reason("womenOwned", "open to women-owned businesses only",
                        "eligibility.women-owned"));
            }
        }
        return reasons;
    }

    private boolean inRegion(Country country) {
        return java.util.stream.Stream.of(country.regionCode(), country.subregionCode(), country.intermediateRegionCode())
                .filter(java.util.Objects::nonNull)
                .anyMatch(regionCodes::contains);
    }

    private boolean inGroup(Country country) {
        return countryGroups.contains(CountryGroup.LDC) && country.ldc()
                || countryGroups.contains(CountryGroup.LLDC) && country.lldc()
                || countryGroups.contains(CountryGroup.SIDS) && country.sids();
    }

    private static EligibilityCheckDto.Reason missing(String field) {
        return new EligibilityCheckDto.Reason("profile." + field, "your profile does not say your " + field
                + " yet; complete it to enrol", "eligibility.profile-incomplete");
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
