package org.etradecampus.activity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.etradecampus.common.Text;
import org.etradecampus.account.Gender;
import org.etradecampus.programme.Programme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        return fromRequest(null, programme.id(), r, ActivityStatus.DRAFT, 0, 0, 0, userId, now, now);
    }

    /** What the manager sent, over what she cannot change here: status, seats and waitlist, authorship. */
    Activity edited(Activity current, CreateActivityRequest r, Instant now) {
        return fromRequest(current.id(), current.programmeId(), r, current.status(), current.enrolledCount(),
                current.waitlistCount(), current.waitlistSeq(), current.createdBy(), current.createdAt(), now);
    }

    private static Activity fromRequest(@Nullable Long id, long programmeId, CreateActivityRequest r, ActivityStatus status,
                                        int enrolled, int waitlisted, long waitlistSeq, long createdBy, Instant createdAt,
                                        Instant now) {
        Eligibility rules = Eligibility.of(r.eligibility());
        return new Activity(id, programmeId, r.type(), r.title().strip(), Text.blankToNull(r.description()), r.delivery(),
                r.language(), r.countryCode(), Text.blankToNull(r.city()), r.regionCode(), r.startDate(), r.endDate(),
                r.timeZone(), r.capacity(), r.enrolmentPolicy(), seconds(r.enrolmentOpensAt()), seconds(r.enrolmentClosesAt()),
                status, join(rules.genders().stream().map(Enum::name).toList()), join(rules.countryCodes()),
                join(rules.regionCodes()), join(rules.countryGroups().stream().map(Enum::name).toList()),
                rules.womenLedOnly(), rules.womenOwnedOnly(),
                join(r.tags() == null ? List.of() : r.tags().stream().map(String::strip).distinct().toList()),
                enrolled, waitlisted, waitlistSeq, createdBy, createdAt, now);
    }

    /** Whole seconds: what a deadline means, and what every database keeps exactly. */
    private static Instant seconds(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
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
