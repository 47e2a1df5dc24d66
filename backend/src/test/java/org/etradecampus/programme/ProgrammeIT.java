package org.etradecampus.programme;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.common.Problem;
import org.etradecampus.organisation.CreateOrganisationRequest;
import org.etradecampus.organisation.OrganisationDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class ProgrammeIT {

    static final Argument<List<StaffDto>> STAFF = Argument.listOf(StaffDto.class);

    @Inject
    Api api;

    Staff manager;
    ProgrammeDto programme;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        programme = api.post("/api/programmes", request("eTrade for Women " + tag(), Set.of()), manager.token(),
                ProgrammeDto.class).body();
    }

    @Test
    void herManagerEditsAProgrammeAndReplacesItsPartners() {
        OrganisationDto itc = organisation("International Trade Centre");
        OrganisationDto upu = organisation("Universal Postal Union");
        api.put("/api/programmes/" + programme.id(), request(programme.name(), Set.of(itc.id())), manager.token(), ProgrammeDto.class);

        CreateProgrammeRequest edited = new CreateProgrammeRequest("eTrade for Women, phase 2 " + tag(), "Second phase",
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), "UNCTAD", Set.of(upu.id()));
        ProgrammeDto answer = api.put("/api/programmes/" + programme.id(), edited, manager.token(), ProgrammeDto.class);

        ProgrammeDto read = api.get("/api/programmes/" + programme.id(), null, ProgrammeDto.class);
        assertEquals(answer, read);
        assertEquals(edited.name(), read.name());
        assertEquals(LocalDate.of(2029, 12, 31), read.endDate());
        assertEquals(List.of(upu), read.partners(), "the partners named replace the earlier ones");
    }

    @Test
    void onlyItsManagersAndAdministratorsEditIt() {
        Staff other = api.staff(Role.MANAGER);
        String participant = api.participant("FEMALE", "NP");
        CreateProgrammeRequest edit = request("Taken over " + tag(), Set.of());

        api.problem(403, () -> api.put("/api/programmes/" + programme.id(), edit, other.token(), ProgrammeDto.class));
        api.problem(403, () -> api.get("/api/programmes/" + programme.id() + "/managers", other.token(), STAFF));
        api.problem(403, () -> api.put("/api/programmes/" + programme.id(), edit, participant, ProgrammeDto.class));
        api.problem(401, () -> api.put("/api/programmes/" + programme.id(), edit, null, ProgrammeDto.class));
        api.problem(404, () -> api.put("/api/programmes/987654321", edit, manager.token(), ProgrammeDto.class));
        assertEquals(programme.name(), api.get("/api/programmes/" + programme.id(), null, ProgrammeDto.class).name());
        assertEquals(edit.name(), api.put("/api/programmes/" + programme.id(), edit, api.loginAsAdmin().accessToken(),
                ProgrammeDto.class).name());
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        CreateProgrammeRequest backwards = new CreateProgrammeRequest("Backwards", null, LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 4, 1), null, null);

        Problem problem = api.problem(400, () -> api.put("/api/programmes/" + programme.id(), backwards, manager.token(),
                ProgrammeDto.class));

        assertEquals("endDate", problem.errors().get(0).field());
    }

    @Test
    void managersNameTheirColleaguesWhoThenRunTheProgramme() {
        Staff colleague = api.staff(Role.MANAGER);
        String path = "/api/programmes/" + programme.id() + "/managers";
        assertEquals(List.of(manager.id()), api.get(path, manager.token(), STAFF).stream().map(StaffDto::id).toList());
        api.problem(403, () -> api.post("/api/activities", aMasterclass().request(programme.id()), colleague.token(),
                ActivityDto.class));

        List<StaffDto> both = api.put(path, new AssignManagersRequest(Set.of(manager.id(), colleague.id())), manager.token(), STAFF);
        api.post("/api/activities", aMasterclass().request(programme.id()), colleague.token(), ActivityDto.class);
        List<StaffDto> onlyColleague = api.put(path, new AssignManagersRequest(Set.of(colleague.id())), colleague.token(), STAFF);

        assertEquals(Set.of(manager.id(), colleague.id()), Set.copyOf(both.stream().map(StaffDto::id).toList()));
        assertEquals(List.of(new StaffDto(colleague.id(), colleague.user().displayName(), colleague.user().email())), onlyColleague);
        api.problem(403, () -> api.put("/api/programmes/" + programme.id(), request("Mine again", Set.of()), manager.token(),
                ProgrammeDto.class));
    }

    @Test
    void managersMustHoldTheManagerRoleAndOneMustRemain() {
        Staff trainer = api.staff(Role.TRAINER);
        String path = "/api/programmes/" + programme.id() + "/managers";

        Problem notManager = api.problem(400, () -> api.put(path, new AssignManagersRequest(Set.of(manager.id(), trainer.id())),
                manager.token(), STAFF));
        Problem none = api.problem(400, () -> api.put(path, new AssignManagersRequest(Set.of()), manager.token(), STAFF));

        assertEquals("userIds", notManager.errors().get(0).field());
        assertEquals("validation.not-staff", notManager.errors().get(0).messageKey());
        assertEquals("userIds", none.errors().get(0).field());
        assertEquals(List.of(manager.id()), api.get(path, manager.token(), STAFF).stream().map(StaffDto::id).toList(),
                "a refused change leaves the managers as they were");
    }

    private OrganisationDto organisation(String name) {
        return api.post("/api/organisations", new CreateOrganisationRequest(name + " " + tag(), null, null), manager.token(),
                OrganisationDto.class).body();
    }

    private static CreateProgrammeRequest request(String name, Set<String> partners) {
        return new CreateProgrammeRequest(name, "Masterclasses", LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1),
                "UNCTAD", partners);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
