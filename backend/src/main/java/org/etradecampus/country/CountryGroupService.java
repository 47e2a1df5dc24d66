package org.etradecampus.country;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Problem.FieldError;
import org.etradecampus.report.ParticipationFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Country group memberships over time. The history is what reports read; the country's own
 * flags are kept equal to the membership valid today, which eligibility rules read.
 */
@Singleton
class CountryGroupService {

    private final Memberships memberships;
    private final CountryRepository countries;
    private final Clock clock;
    private final ParticipationFacts facts;

    CountryGroupService(Memberships memberships, CountryRepository countries, Clock clock, ParticipationFacts facts) {
        this.memberships = memberships;
        this.countries = countries;
        this.clock = clock;
        this.facts = facts;
    }

    CountryGroupsDto of(String code) {
        requireCountry(code);
        return new CountryGroupsDto(memberships.of(code).stream()
                .map(m -> new GroupMembershipDto(CountryGroup.valueOf(m.countryGroup()), m.validFrom(), m.validTo())).toList());
    }

    @Transactional
    CountryGroupsDto replace(String code, CountryGroupsDto sent) {
        requireCountry(code);
        List<GroupMembershipDto> periods = sent.memberships().stream()
                .sorted(Comparator.comparing(GroupMembershipDto::group).thenComparing(GroupMembershipDto::from)).toList();
        check(sent.memberships(), periods);
        memberships.deleteOf(code);
        periods.forEach(p -> memberships.insert(code, p.group().name(), p.from(), p.to()));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        memberships.setFlags(code, validOn(periods, CountryGroup.LDC, today), validOn(periods, CountryGroup.LLDC, today),
                validOn(periods, CountryGroup.SIDS, today));
        facts.countryChanged(code);
        return of(code);
    }

    private static boolean validOn(List<GroupMembershipDto> periods, CountryGroup group, LocalDate day) {
        return periods.stream().anyMatch(p -> p.group() == group && !p.from().isAfter(day) && (p.to() == null || p.to().isAfter(day)));
    }

    /** Each period ends after it begins, and periods of one group do not overlap. */
    private static void check(List<GroupMembershipDto> sent, List<GroupMembershipDto> sorted) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            GroupMembershipDto p = sent.get(i);
            if (p.to() != null && !p.to().isAfter(p.from())) {
                errors.add(new FieldError("memberships[" + i + "].to", "must be after from", "validation.date-order"));
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            GroupMembershipDto before = sorted.get(i - 1);
            GroupMembershipDto after = sorted.get(i);
            if (before.group() == after.group() && (before.to() == null || before.to().isAfter(after.from()))) {
                errors.add(new FieldError("memberships[" + sent.indexOf(after) + "].from",
                        "overlaps another " + after.group() + " period", "country.overlapping-membership"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void requireCountry(String code) {
        if (code == null || !code.matches("[A-Z]{2}") || !countries.existsByCode(code)) {
            throw new NotFoundException("No such country.");
        }
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Memberships extends GenericRepository<Country, String> {

        @Query(value = "SELECT country_group, valid_from, valid_to FROM country_group_member WHERE country_code = :code"
                + " ORDER BY valid_from, country_group", nativeQuery = true)
        List<Membership> of(String code);

        @Query(value = "DELETE FROM country_group_member WHERE country_code = :code", nativeQuery = true)
        void deleteOf(String code);

        @Query(value = "INSERT INTO country_group_member (country_code, country_group, valid_from, valid_to)"
                + " VALUES (:code, :countryGroup, :validFrom, :validTo)", nativeQuery = true)
        void insert(String code, String countryGroup, LocalDate validFrom, @io.micronaut.core.annotation.Nullable LocalDate validTo);

        @Query(value = "UPDATE country SET ldc = :ldc, lldc = :lldc, sids = :sids WHERE code = :code", nativeQuery = true)
        void setFlags(String code, boolean ldc, boolean lldc, boolean sids);
    }

    @Introspected
    record Membership(String countryGroup, LocalDate validFrom, @io.micronaut.core.annotation.Nullable LocalDate validTo) {
    }
}
