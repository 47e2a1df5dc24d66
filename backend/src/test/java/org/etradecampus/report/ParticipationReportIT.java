package org.etradecampus.report;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.activity.CreateSessionRequest;
import org.etradecampus.activity.SessionDto;
import org.etradecampus.attendance.AttendanceRecordRequest;
import org.etradecampus.attendance.AttendanceRequest;
import org.etradecampus.attendance.AttendanceSheetDto;
import org.etradecampus.attendance.AttendanceStatus;
import org.etradecampus.common.Problem;
import org.etradecampus.completion.CompletionDto;
import org.etradecampus.completion.CompletionOverrideRequest;
import org.etradecampus.country.CountryGroupsDto;
import org.etradecampus.country.GroupMembershipDto;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.programme.CreateProgrammeRequest;
import org.etradecampus.programme.ProgrammeDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A known scenario, counted by hand. Programme P has a masterclass that started on 1 June 2023 and
 * a workshop that started on 1 June 2024; Bhutan left the LDCs on 13 December 2023 and stays an
 * LLDC. Dechen (woman, Bhutan) took both; Sonam (man, Bhutan) the workshop; Awa (woman, Senegal,
 * an LDC) the masterclass, attended and completed it; Maria (Peru, gender not given) and Mere
 * (woman, Fiji, a SIDS) the workshop.
 */
@MicronautTest(transactional = false)
class ParticipationReportIT {

    @Inject
    Api api;

    Staff manager;
    Staff trainer;
    String admin;
    ProgrammeDto programme;
    ActivityDto masterclass;
    ActivityDto workshop;
    SessionDto session;
    String awaEnrolment;

    @BeforeEach
    void setUp() {
        admin = api.loginAsAdmin().accessToken();
        manager = api.staff(Role.MANAGER);
        trainer = api.staff(Role.TRAINER);
        api.put("/api/countries/BT/groups", new CountryGroupsDto(List.of(
                new GroupMembershipDto(CountryGroup.LDC, LocalDate.of(1971, 1, 1), LocalDate.of(2023, 12, 13)),
                new GroupMembershipDto(CountryGroup.LLDC, LocalDate.of(1971, 1, 1), null))), admin, CountryGroupsDto.class);
        programme = api.post("/api/programmes", new CreateProgrammeRequest("Report scenario " + System.nanoTime(), null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), "UNCTAD", null), manager.token(), ProgrammeDto.class).body();
        masterclass = activity(ActivityType.MASTERCLASS, LocalDate.of(2023, 6, 1), "=HYPERLINK(\"http://evil.example\") Masterclass");
        workshop = activity(ActivityType.WORKSHOP, LocalDate.of(2024, 6, 1), "Workshop Thimphu");
        api.put("/api/activities/" + workshop.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())), manager.token(),
                Argument.listOf(StaffDto.class));

        String dechen = api.participant("FEMALE", "BT");
        enrol(masterclass, dechen);
        enrol(workshop, dechen);
        enrol(workshop, api.participant("MALE", "BT"));
        awaEnrolment = enrol(masterclass, api.participant("FEMALE", "SN"));
        enrol(workshop, api.participant(null, "PE"));
        enrol(workshop, api.participant("FEMALE", "FJ"));

        Instant day = LocalDate.of(2023, 6, 1).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
        session = api.post("/api/activities/" + masterclass.id() + "/sessions", new CreateSessionRequest("Day 1", day,
                day.plusSeconds(3600), null, null, null), manager.token(), SessionDto.class).body();
        api.put("/api/sessions/" + session.id() + "/attendance", new AttendanceRequest(List.of(new AttendanceRecordRequest(awaEnrolment,
                AttendanceStatus.PRESENT, null, null))), manager.token(), AttendanceSheetDto.class);
        api.put("/api/enrolments/" + awaEnrolment + "/completion", new CompletionOverrideRequest(true, "Completed the action plan"),
                manager.token(), CompletionDto.class);
    }

    @Test
    void totalsCountEachPersonOnceWithCountryGroupsAsTheyStoodAtEachActivitysStart() {
        ParticipationReportDto report = report("groupBy=country&language=en");

        assertEquals(new ParticipationFiguresDto(5, 1, 1, 3, 0.6, 1, 4, 2, 2, 1, 2), report.totals(),
                "Dechen once; Dechen (2023) and Awa from LDCs, Bhutan no longer one in 2024; Bhutan and Senegal as LDC countries");
        assertEquals("5 participants (60% women) from 4 countries registered, 2 of them LDCs", report.sentence());
        assertEquals(Map.of("BT", 2L, "SN", 1L, "PE", 1L, "FJ", 1L), registered(report));
        ParticipationRowDto bhutan = report.rows().get(0);
        assertEquals(new ParticipationRowDto("BT", "Bhutan", 2, 0, 0, 1, 0.5, 0, 1, 1, 2, 0), bhutan);
    }

    @Test
    void rowsCutByActivityGroupYearAndGenderInTheReadersLanguage() {
        ParticipationReportDto byActivity = report("groupBy=activity");
        ParticipationReportDto byGroup = report("groupBy=countryGroup&language=fr");
        ParticipationReportDto byYear = report("groupBy=year");
        ParticipationReportDto byGender = report("groupBy=gender&language=es");
        ParticipationReportDto in2024 = report("from=2024-01-01&to=2024-12-31");

        assertEquals(Map.of(masterclass.id(), 2L, workshop.id(), 4L), registered(byActivity), "Dechen in both rows, once in the totals");
        assertEquals(5, byActivity.totals().registered());
        assertEquals(Map.of("LDC", 2L, "LLDC", 2L, "SIDS", 1L), registered(byGroup));
        assertEquals("Pays les moins avancés (PMA)", byGroup.rows().stream().filter(r -> r.key().equals("LDC")).findFirst()
                .orElseThrow().label());
        assertEquals(Map.of("2023", 2L, "2024", 4L), registered(byYear));
        assertEquals(Map.of("FEMALE", 3L, "MALE", 1L, "UNDISCLOSED", 1L), registered(byGender));
        assertEquals("Mujeres", byGender.rows().get(0).label());
        assertEquals(new ParticipationFiguresDto(4, 0, 0, 2, 0.5, 1, 3, 0, 2, 1, 0), in2024.totals(),
                "in 2024 Bhutan was no longer an LDC");
        assertEquals("4 participants inscrits (50\u00a0% de femmes) venant de 3 pays", report("from=2024-01-01&language=fr").sentence());
    }

    @Test
    void exportsHideCountsUnderFiveByDefaultKeepNumbersAsNumbersAndNeverRunAFormula() throws Exception {
        String hidden = new String(file("participation.csv", "groupBy=country&language=en"), StandardCharsets.UTF_8);
        String shown = new String(file("participation.csv", "groupBy=activity&suppressSmall=false"), StandardCharsets.UTF_8);
        byte[] xlsx = file("participation.xlsx", "groupBy=country&suppressSmall=false&language=en");

        List<String> lines = hidden.lines().toList();
        assertEquals("key,Row,Registered,Attended,Completed,Women,Women's share,Gender not given,Countries,From LDCs,From LLDCs,From SIDS",
                lines.get(0));
        assertEquals("BT,Bhutan,<5,0,0,<5,<5,0,1,<5,<5,0", lines.get(1), "1 to 4 people are hidden; 0 is not");
        assertEquals("TOTAL,Total (each person once),5,<5,<5,<5,<5,<5,4,<5,<5,<5", lines.get(lines.size() - 1));
        assertTrue(shown.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") Masterclass\""), shown);
        assertTrue(shown.contains("Workshop Thimphu,4,0,0,2,0.5,1,3,0,2,1"), shown);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<Row> rows = sheets.get(0).read();
            List<String> about = sheets.get(1).read().stream().map(r -> r.getCellText(0)).toList();
            assertEquals("BT", rows.get(1).getCellText(0));
            assertEquals(CellType.NUMBER, rows.get(1).getCell(2).getType(), "numbers stay numbers");
            assertEquals(new BigDecimal("2"), rows.get(1).getCellAsNumber(2).orElseThrow());
            assertEquals("5 participants (60% women) from 4 countries registered, 2 of them LDCs", about.get(0));
            assertTrue(about.contains("groupBy"), about.toString());
        }
        api.problem(403, () -> api.exchange(io.micronaut.http.HttpRequest.GET("/api/reports/participation.csv?programmeId="
                + programme.id()).bearerAuth(api.staff(Role.MANAGER).token()), byte[].class));
    }

    private byte[] file(String name, String query) {
        return api.exchange(io.micronaut.http.HttpRequest.GET("/api/reports/" + name + "?programmeId=" + programme.id() + "&" + query)
                .bearerAuth(manager.token()).accept("*/*"), byte[].class).body();
    }

    @Test
    void aCorrectedMarkTakesAttendedBack() {
        long before = report("").totals().attended();

        api.put("/api/sessions/" + session.id() + "/attendance", new AttendanceRequest(List.of(new AttendanceRecordRequest(awaEnrolment,
                AttendanceStatus.ABSENT, "Marked by mistake", null))), manager.token(), AttendanceSheetDto.class);

        assertEquals(1, before);
        assertEquals(0, report("").totals().attended(), "the flag the report reads follows every mark");
    }

    @Test
    void eachSeesOnlyWhatTheyRun() {
        ParticipationReportDto trainers = api.get("/api/reports/participation", trainer.token(), ParticipationReportDto.class);
        Staff otherManager = api.staff(Role.MANAGER);
        Problem notHers = api.problem(403, () -> api.get("/api/reports/participation?programmeId=" + programme.id(),
                otherManager.token(), ParticipationReportDto.class));
        Problem participant = api.problem(403, () -> api.get("/api/reports/participation", api.participant("FEMALE", "NP"),
                ParticipationReportDto.class));
        Problem badGroup = api.problem(400, () -> report("groupBy=shoeSize"));
        Problem backwards = api.problem(400, () -> report("from=2025-01-01&to=2024-01-01"));

        assertEquals(4, trainers.totals().registered(), "the workshop's trainer sees the workshop");
        assertEquals(0, api.get("/api/reports/participation", otherManager.token(), ParticipationReportDto.class).totals().registered());
        assertEquals("problem.forbidden", notHers.messageKey());
        assertEquals("problem.forbidden", participant.messageKey());
        assertEquals("groupBy", badGroup.errors().get(0).field());
        assertEquals("to", backwards.errors().get(0).field());
    }

    @Test
    void administratorsEditCountryGroupHistoryAndTodaysFlagsFollow() {
        CountryGroupsDto bhutan = api.get("/api/countries/BT/groups", admin, CountryGroupsDto.class);
        Problem overlap = api.problem(400, () -> api.put("/api/countries/BT/groups", new CountryGroupsDto(List.of(
                new GroupMembershipDto(CountryGroup.LDC, LocalDate.of(1971, 1, 1), LocalDate.of(2023, 12, 13)),
                new GroupMembershipDto(CountryGroup.LDC, LocalDate.of(2020, 1, 1), null))), admin, CountryGroupsDto.class));
        api.problem(403, () -> api.get("/api/countries/BT/groups", manager.token(), CountryGroupsDto.class));
        api.problem(404, () -> api.get("/api/countries/XX/groups", admin, CountryGroupsDto.class));
        boolean ldcToday = api.get("/api/countries", null, Argument.listOf(org.etradecampus.country.CountryDto.class)).stream()
                .filter(c -> c.code().equals("BT")).findFirst().orElseThrow().ldc();

        assertEquals(2, bhutan.memberships().size());
        assertEquals("memberships[1].from", overlap.errors().get(0).field());
        assertEquals(false, ldcToday, "Bhutan is no longer an LDC today");
    }

    private ParticipationReportDto report(String query) {
        return api.get("/api/reports/participation?programmeId=" + programme.id() + "&" + query, manager.token(),
                ParticipationReportDto.class);
    }

    private static Map<String, Long> registered(ParticipationReportDto report) {
        return report.rows().stream().collect(Collectors.toMap(ParticipationRowDto::key, ParticipationRowDto::registered));
    }

    private ActivityDto activity(ActivityType type, LocalDate start, String title) {
        ActivityDto created = api.post("/api/activities", aMasterclass().ofType(type).titled(title).starting(start).request(programme.id()),
                manager.token(), ActivityDto.class).body();
        return api.post("/api/activities/" + created.id() + "/publish", "", manager.token(), ActivityDto.class).body();
    }

    private String enrol(ActivityDto activity, String token) {
        return api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class).body().id();
    }
}
