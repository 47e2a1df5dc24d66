package org.etradecampus.importing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.UserDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A partner's spreadsheet of participants: checked first, then written all at once or not at all. */
@MicronautTest(transactional = false)
class ImportIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<ImportRowDto>> ROWS = (Argument) Argument.of(PageDto.class, ImportRowDto.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<UserDto>> USERS = (Argument) Argument.of(PageDto.class, UserDto.class);
    static final String HEADER = "email,name,country,gender,business_name,women_led,employees,notes\n";

    @Inject
    Api api;

    Staff manager;
    ActivityDto activity;
    String tag;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        activity = aMasterclass().withSeats(2).create(api, manager.token());
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theDryRunNamesEveryProblemByRowAndColumnAndWritesNothing() {
        String csv = HEADER
                + email("awa") + ",Awa Ndiaye,SN,FEMALE,Dakar Crafts,yes,4,met in Dakar\n"
                + email("awa") + ",Awa Again,SN,F,,,,\n"
                + email("kofi") + ",Kofi Mensah,XX,Martian,,maybe,-3,\n"
                + email("nameless") + ",,GH,,,,,\n"
                + "not-an-address,Somebody,,,,,,\n"
                + email("formula") + ",=HYPERLINK(\"http://evil.example\"),KE,female,,no,12,\n";

        ImportDto checked = upload("participants.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(ImportStatus.CHECKED, checked.status());
        assertEquals(6, checked.rows());
        assertEquals(2, checked.valid());
        assertEquals(List.of("notes"), checked.ignoredColumns());
        assertEquals(Map.of(RowOutcome.NEW_ACCOUNT_ENROLLED, 2, RowOutcome.INVALID, 4), checked.outcomes());
        Set<String> problems = rows(checked, true).stream().flatMap(r -> r.errors().stream())
                .map(e -> e.row() + ":" + e.column()).collect(Collectors.toSet());
        assertEquals(Set.of("3:email", "4:country", "4:gender", "4:women_led", "4:employees", "5:name", "6:email"), problems);
        ImportRowDto formula = rows(checked, false).get(5);
        assertEquals("=HYPERLINK(\"http://evil.example\")", formula.name(), "kept as text, as written");
        assertEquals("FEMALE", formula.gender());
        assertEquals(0, accountsMatching(tag), "a dry run writes no account");
        assertEquals(0, api.get("/api/activities/" + activity.id(), null, ActivityDto.class).enrolled());
    }

    @Test
    void confirmingWritesEveryValidRowSeatsThenWaitlistsAndInvitesNewPeople() throws Exception {
        Accounts existing = Accounts.aParticipant().withEmail(email("existing"));
        api.signUp(existing);
        String csv = HEADER
                + email("first") + ",Aïcha Traoré,ML,FEMALE,Bamako Shea,yes,3,\n"
                + email("second") + ",=1+2,BF,FEMALE,,,,\n"
                + existing.email() + ",Existing Person,,,,,,\n"
                + email("bad") + ",Bad Row,XX,,,,,\n";
        ImportDto checked = upload("participants.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(RowOutcome.NEW_ACCOUNT_ENROLLED, 2, RowOutcome.EXISTING_ACCOUNT_WAITLISTED, 1, RowOutcome.INVALID, 1),
                checked.outcomes());

        HttpResponse<ImportDto> started = api.post("/api/imports/" + checked.id() + "/confirm", "", manager.token(), ImportDto.class);
        ImportDto done = awaitEnd(checked.id());

        assertEquals(202, started.code());
        assertEquals(ImportStatus.DONE, done.status());
        assertEquals(3, done.processed());
        ActivityDto after = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        assertEquals(2, after.enrolled());
        assertEquals(1, after.waitlisted());
        assertEquals(2, accountsMatching(tag + "-first") + accountsMatching(tag + "-second"));
        api.problem(409, () -> api.post("/api/imports/" + checked.id() + "/confirm", "", manager.token(), ImportDto.class));
        String roster = api.get("/api/activities/" + activity.id() + "/enrolments.csv", manager.token(), String.class);
        assertTrue(roster.contains("'=1+2"), "a formula-looking name is neutralised on the way out: " + roster);

        api.problem(401, () -> api.login(email("second"), "any password at all"));
    }

    @Test
    void anImportStoppedHalfWayLeavesNothingBehind() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3_000; i++) {
            csv.append(email("crowd" + i)).append(",Participant ").append(i).append(",NP,FEMALE,,,,\n");
        }
        ImportDto checked = upload("crowd.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        api.post("/api/imports/" + checked.id() + "/confirm", "", manager.token(), ImportDto.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (api.get("/api/imports/" + checked.id(), manager.token(), ImportDto.class).processed() < ImportRunner.PROGRESS_EVERY
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }

        api.post("/api/activities/" + activity.id() + "/cancel", "", manager.token(), ActivityDto.class);
        ImportDto end = awaitEnd(checked.id());

        assertEquals(ImportStatus.FAILED, end.status(), "the activity was cancelled under it");
        assertTrue(end.failure().contains("CANCELLED"), end.failure());
        assertEquals(0, accountsMatching(tag + "-crowd"), "none of the accounts it had created remain");
    }

    @Test
    void readsLatin1AndUtf8WithABomAndSemicolonsAndXlsx() throws IOException {
        Charset windows = Charset.forName("windows-1252");
        ImportDto latin = upload("latin1.csv", ("email;name;country\n" + email("latin") + ";Aïcha Côté;CI\n").getBytes(windows));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ImportDto withBom = upload("bom.csv", concat(bom, ("email,name\n" + email("bom") + ",Ñusta Quispe\n").getBytes(StandardCharsets.UTF_8)));
        ImportDto xlsx = upload("partners.xlsx", workbook());

        assertEquals("Windows-1252", latin.encoding());
        assertEquals("Aïcha Côté", rows(latin, false).get(0).name());
        assertEquals("UTF-8 (BOM)", withBom.encoding());
        assertEquals("Ñusta Quispe", rows(withBom, false).get(0).name());
        assertEquals("XLSX", xlsx.encoding());
        List<ImportRowDto> sheet = rows(xlsx, false);
        assertEquals(List.of("Lucía Pérez", "=SUM(1,2)"), sheet.stream().map(ImportRowDto::name).toList());
        assertEquals("PE", sheet.get(0).countryCode());
        assertEquals(2, xlsx.valid());
    }

    @Test
    void refusesFilesItCannotUse() {
        Problem noEmail = api.problem(400, () -> upload("x.csv", "name,country\nAwa,SN\n".getBytes(StandardCharsets.UTF_8)));
        StringBuilder many = new StringBuilder("email,name\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            many.append("p").append(i).append("@x.org,P\n");
        }
        Problem tooMany = api.problem(400, () -> upload("many.csv", many.toString().getBytes(StandardCharsets.UTF_8)));
        Problem tooBig = api.problem(413, () -> upload("big.csv", new byte[1_200_000]));
        Problem justOver = api.problem(413, () -> upload("over.csv", new byte[1_050_000]));
        Problem justUnder = api.problem(400, () -> upload("under.csv", new byte[1_040_000]));
        Problem utf16 = api.problem(400, () -> upload("utf16.csv", "email,name\n".getBytes(StandardCharsets.UTF_16LE)));

        assertEquals("import.missing-column", noEmail.errors().get(0).messageKey());
        assertEquals("import.too-many-rows", tooMany.errors().get(0).messageKey());
        assertEquals("file", utf16.errors().get(0).field());
        assertEquals(413, tooBig.status());
        assertTrue(justOver.detail().contains("file"), "the file part is over 1 MiB: " + justOver.detail());
        assertEquals("import.unreadable", justUnder.errors().get(0).messageKey(), "a file under 1 MiB is read, envelope and all");
    }

    @Test
    void onlyTheActivitysManagersImport() {
        byte[] csv = (HEADER + email("x") + ",X,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        ImportDto checked = upload("x.csv", csv);

        api.problem(403, () -> api.upload("/api/activities/" + activity.id() + "/imports", "x.csv", csv, api.staff(Role.MANAGER).token(),
                ImportDto.class));
        api.problem(403, () -> api.get("/api/imports/" + checked.id(), api.staff(Role.MANAGER).token(), ImportDto.class));
        api.problem(403, () -> api.post("/api/imports/" + checked.id() + "/confirm", "", api.participant("FEMALE", "NP"),
                ImportDto.class));
        assertTrue(api.get("/api/imports/template.csv", null, String.class).startsWith("email,name,country,gender"));
    }

    private ImportDto upload(String fileName, byte[] bytes) {
        return api.upload("/api/activities/" + activity.id() + "/imports", fileName, bytes, manager.token(), ImportDto.class).body();
    }

    private List<ImportRowDto> rows(ImportDto upload, boolean invalidOnly) {
        return api.get("/api/imports/" + upload.id() + "/rows?size=200&invalidOnly=" + invalidOnly, manager.token(), ROWS).items();
    }

    private ImportDto awaitEnd(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        ImportDto now = api.get("/api/imports/" + id, manager.token(), ImportDto.class);
        while (now.status() == ImportStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            now = api.get("/api/imports/" + id, manager.token(), ImportDto.class);
        }
        return now;
    }

    private long accountsMatching(String text) {
        return api.get("/api/users?size=1&q=" + text, api.loginAsAdmin().accessToken(), USERS).total();
    }

    private String email(String who) {
        return tag + "-" + who + "@import.example.org";
    }

    private byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "eTrade Campus tests", "1.0");
        Worksheet sheet = workbook.newWorksheet("Participants");
        sheet.value(0, 0, "E-mail");
        sheet.value(0, 1, "Full name");
        sheet.value(0, 2, "Country");
        sheet.value(1, 0, email("lucia"));
        sheet.value(1, 1, "Lucía Pérez");
        sheet.value(1, 2, "pe");
        sheet.value(2, 0, email("sum"));
        sheet.formula(2, 1, "SUM(1,2)");
        workbook.finish();
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
