package org.etradecampus.activity;

import jakarta.inject.Singleton;
import org.etradecampus.common.Text;
import org.etradecampus.account.Gender;
import org.etradecampus.programme.Programme;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
class ActivityMapper {

    ActivityDto toDto(Activity a, String programmeName, Instant now) {
        return new ActivityDto(Long.toString(a.id()), Long.toString(a.programmeId()), programmeName, a.type(), a.title(),
                a.description(), a.delivery(), a.language(), a.countryCode(), a.city(), a.regionCode(), a.startDate(),
                a.endDate(), a.timeZone(), a.capacity(), a.seatsLeft(), a.enrolledCount(), a.waitlistCount(),
                a.enrolmentPolicy(), a.enrolmentOpensAt(), a.enrolmentClosesAt(), a.enrolmentOpenAt(now), a.status(),
                eligibility(a).toDto(), list(a.tags(), Function.identity()));
    }

    Eligibility eligibility(Activity a) {
        return new Eligibility(Set.copyOf(list(a.eligibleGenders(), Gender::valueOf)),
                Set.copyOf(list(a.eligibleCountries(), Function.identity())),
                Set.copyOf(list(a.eligibleRegions(), Function.identity())),
                Set.copyOf(list(a.eligibleGroups(), CountryGroup::valueOf)), a.womenLedOnly(), a.womenOwnedOnly());
    }

    Activity newDraft(CreateActivityRequest r, Programme programme, long userId, Instant now) {
        Eligibility rules = Eligibility.of(r.eligibility());
        return new Activity(null, programme.id(), r.type(), r.title().strip(), Text.blankToNull(r.description()), r.delivery(),
                r.language(), r.countryCode(), Text.blankToNull(r.city()), r.regionCode(), r.startDate(), r.endDate(),
                r.timeZone(), r.capacity(), r.enrolmentPolicy(), r.enrolmentOpensAt(), r.enrolmentClosesAt(),
                ActivityStatus.DRAFT, join(rules.genders().stream().map(Enum::name).toList()), join(rules.countryCodes()),
                join(rules.regionCodes()), join(rules.countryGroups().stream().map(Enum::name).toList()),
                rules.womenLedOnly(), rules.womenOwnedOnly(),
                join(r.tags() == null ? List.of() : r.tags().stream().map(String::strip).distinct().toList()),
                0, 0, 0, userId, now, now);
    }

    private static <T> List<T> list(String joined, Function<String, T> parse) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(parse).toList();
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(","));
    }
}
