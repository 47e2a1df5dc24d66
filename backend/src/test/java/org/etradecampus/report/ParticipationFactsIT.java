package org.etradecampus.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.etradecampus.account.Gender;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.activity.CreateSessionRequest;
import org.etradecampus.activity.SessionDto;
import org.etradecampus.attendance.AttendanceRecordRequest;
import org.etradecampus.attendance.AttendanceRequest;
import org.etradecampus.attendance.AttendanceSheetDto;
import org.etradecampus.attendance.AttendanceStatus;
import org.etradecampus.completion.CompletionDto;
import org.etradecampus.completion.CompletionOverrideRequest;
import org.etradecampus.country.CountryGroupsDto;
import org.etradecampus.country.GroupMembershipDto;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.programme.CreateProgrammeRequest;
import org.etradecampus.programme.ProgrammeDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The precomputed participation tables stay equal to the raw computation after every kind of
 * change: enrolling, attendance marked and corrected, completion, withdrawal, a person changing
 * country and gender, an activity moved to another date, a country leaving a group, and an
 * activity cancelled. Each step compares every cut, by every filter shape (those the cube answers
 * and those counted from the facts), with {@link RawParticipation}; at the end, cells moved one
 * change at a time equal cells rebuilt from scratch.
 */
@MicronautTest(transactional = false)
class ParticipationFactsIT {

    @Inject
    Api api;
    @Inject
    ParticipationReports reports;
    @Inject
    ParticipationFacts facts;
    @Inject
    RawParticipation raw;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void keptFiguresEqualTheRawComputationAfterEveryKindOfChange() {
        String admin = api.loginAsAdmin().accessToken();
        Staff manager = api.staff(Role.MANAGER);
        bhutanLeftTheLdcsOn(LocalDate.of(2023, 12, 13), admin);
        ProgrammeDto programme = api.post("/api/programmes", new CreateProgrammeRequest("Facts " + System.nanoTime(), null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), "UNCTAD", null), manager.token(), ProgrammeDto.class).body();
        ActivityDto masterclass = activity(programme, ActivityType.MASTERCLASS, LocalDate.of(2023, 6, 1), manager);
        ActivityDto workshop = activity(programme, ActivityType.WORKSHOP, LocalDate.of(2024, 6, 1), manager);
        ActivityDto tour = activity(programme, ActivityType.STUDY_TOUR, LocalDate.of(2024, 2, 10), manager);

        String dechen = api.participant("FEMALE", "BT");
        String sonam = api.participant("MALE", "BT");
        String awa = api.participant("FEMALE", "SN");
        String maria = api.participant(null, "PE");
        String mere = api.participant("FEMALE", "FJ");
        String dechensMasterclass = enrol(masterclass, dechen);
        enrol(workshop, dechen);
        enrol(tour, dechen);
        enrol(workshop, sonam);
        String awasMasterclass = enrol(masterclass, awa);
        String awasTour = enrol(tour, awa);
        enrol(workshop, maria);
        enrol(workshop, mere);
        agree("enrolled", programme, masterclass);

        Instant day = LocalDate.of(2023, 6, 1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        SessionDto session = api.post("/api/activities/" + masterclass.id() + "/sessions", new CreateSessionRequest("Day 1", day,
                day.plusSeconds(3600), null, null, null), manager.token(), SessionDto.class).body();
        mark(session, manager, AttendanceStatus.PRESENT, awasMasterclass, dechensMasterclass);
        agree("attendance marked", programme, masterclass);

        mark(session, manager, AttendanceStatus.ABSENT, dechensMasterclass);
        api.put("/api/enrolments/" + awasMasterclass + "/completion", new CompletionOverrideRequest(true, "Action plan done"),
                manager.token(), CompletionDto.class);
        agree("a mark corrected, a completion", programme, masterclass);

        api.post("/api/enrolments/" + awasTour + "/withdraw", "", awa, EnrolmentDto.class);
        api.put("/api/me/profile", new ProfileDto("NP", Gender.FEMALE, null, null, null, null, null, null, List.of(), null), maria,
                Object.class);
        agree("a withdrawal, a person who moved country and gave her gender", programme, masterclass);

        api.put("/api/activities/" + masterclass.id(), aMasterclass().ofType(ActivityType.MASTERCLASS).titled(masterclass.title())
                .starting(LocalDate.of(2024, 1, 15)).request(programme.id()), manager.token(), ActivityDto.class);
        agree("the masterclass moved after Bhutan's graduation", programme, masterclass);

        bhutanLeftTheLdcsOn(LocalDate.of(2025, 1, 1), admin);
        agree("Bhutan's graduation moved", programme, masterclass);

        api.post("/api/activities/" + workshop.id() + "/cancel", "", manager.token(), ActivityDto.class);
        agree("the workshop cancelled", programme, masterclass);

        List<List<Object>> kept = cube();
        facts.rebuildLater();
        io.micronaut.http.client.exceptions.HttpClientResponseException busy = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> api.get("/api/reports/participation", admin, ParticipationReportDto.class));
        assertEquals(503, busy.getStatus().getCode());
        assertEquals("30", busy.getResponse().getHeaders().get("Retry-After"), "readers are told when to come back, not kept waiting");
        assertEquals("report.rebuilding", api.readProblem(busy).messageKey());
        facts.scheduled();
        assertEquals(kept, cube(), "cells moved change by change equal cells counted from scratch");
        bhutanLeftTheLdcsOn(LocalDate.of(2023, 12, 13), admin);
    }

    private void agree(String after, ProgrammeDto programme, ActivityDto activity) {
        long p = Long.parseLong(programme.id());
        List<ParticipationReports.Filter> filters = List.of(
                new ParticipationReports.Filter(null, null, null, null, null, null, null),
                new ParticipationReports.Filter(p, null, null, null, null, null, null),
                new ParticipationReports.Filter(p, null, ActivityType.WORKSHOP, null, null, null, null),
                new ParticipationReports.Filter(null, Long.parseLong(activity.id()), null, null, null, null, null),
                new ParticipationReports.Filter(p, null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null),
                new ParticipationReports.Filter(null, null, null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), null, null),
                new ParticipationReports.Filter(p, null, null, LocalDate.of(2023, 6, 1), LocalDate.of(2024, 5, 31), null, null),
                new ParticipationReports.Filter(p, null, null, null, null, "142", null),
                new ParticipationReports.Filter(p, null, null, null, null, null, "BT"),
                new ParticipationReports.Filter(p, null, null, null, null, null, null, Gender.FEMALE, null),
                new ParticipationReports.Filter(p, null, null, null, null, null, null, null, CountryGroup.LDC));
        List<ParticipationReports.GroupBy> cuts = new ArrayList<>(List.of(ParticipationReports.GroupBy.values()));
        cuts.add(null);
        int compared = 0;
        for (ParticipationReports.Filter filter : filters) {
            for (ParticipationReports.GroupBy groupBy : cuts) {
                if (filter.countryGroup() != null && groupBy == ParticipationReports.GroupBy.COUNTRY_GROUP) {
                    continue; // a group filter narrows outcome targets, which never cut by group
                }
                ParticipationReportDto kept = reports.report(filter, new ParticipationReports.Reach(true, 0), groupBy, "en");
                Map<String, ParticipationFiguresDto> figures = new LinkedHashMap<>();
                figures.put("TOTAL", kept.totals());
                kept.rows().forEach(r -> figures.put(r.key(), new ParticipationFiguresDto(r.registered(), r.attended(), r.completed(),
                        r.women(), r.womenShare(), r.genderUndisclosed(), r.countries(), r.ldcParticipants(), r.lldcParticipants(),
                        r.sidsParticipants(), 0)));
                Map<String, ParticipationFiguresDto> expected = raw.figures(filter, groupBy);
                // Rows carry no count of LDC countries; the totals do.
                expected.replaceAll((key, f) -> key.equals("TOTAL") ? f : new ParticipationFiguresDto(f.registered(), f.attended(),
                        f.completed(), f.women(), f.womenShare(), f.genderUndisclosed(), f.countries(), f.ldcParticipants(),
                        f.lldcParticipants(), f.sidsParticipants(), 0));
                assertEquals(expected, figures, after + ": " + filter + " by " + groupBy);
                compared++;
            }
        }
        assertTrue(compared > 90, "every filter shape by every cut");
    }

    private List<List<Object>> cube() {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT dimension, scope_key, group_key, country_group,"
                + " country_code, gender, registered, attended, completed, ldc, lldc, sids FROM participation_cube"
                + " ORDER BY dimension, scope_key, country_group, group_key, country_code, gender", statement -> {
                    List<List<Object>> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            List<Object> row = new ArrayList<>();
                            for (int i = 1; i <= 12; i++) {
                                row.add(rs.getString(i));
                            }
                            rows.add(row);
                        }
                    }
                    return rows;
                }));
    }

    private void bhutanLeftTheLdcsOn(LocalDate graduation, String admin) {
        api.put("/api/countries/BT/groups", new CountryGroupsDto(List.of(
                new GroupMembershipDto(CountryGroup.LDC, LocalDate.of(1971, 1, 1), graduation),
                new GroupMembershipDto(CountryGroup.LLDC, LocalDate.of(1971, 1, 1), null))), admin, CountryGroupsDto.class);
    }

    private void mark(SessionDto session, Staff manager, AttendanceStatus status, String... enrolments) {
        api.put("/api/sessions/" + session.id() + "/attendance", new AttendanceRequest(java.util.Arrays.stream(enrolments)
                .map(e -> new AttendanceRecordRequest(e, status, null, null)).toList()), manager.token(), AttendanceSheetDto.class);
    }

    private ActivityDto activity(ProgrammeDto programme, ActivityType type, LocalDate start, Staff manager) {
        ActivityDto created = api.post("/api/activities", aMasterclass().ofType(type).titled(type + " " + start).starting(start)
                .request(programme.id()), manager.token(), ActivityDto.class).body();
        return api.post("/api/activities/" + created.id() + "/publish", "", manager.token(), ActivityDto.class).body();
    }

    private String enrol(ActivityDto activity, String token) {
        return api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class).body().id();
    }
}
