package org.etradecampus.organisation;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.common.Problem;
import org.etradecampus.programme.CreateProgrammeRequest;
import org.etradecampus.programme.ProgrammeDto;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class OrganisationIT {

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    String manager;

    @BeforeEach
    void setUp() {
        manager = api.loginAsAdmin().accessToken();
    }

    @Test
    void programmesNameTheirPartnersFromTheManagedList() {
        OrganisationDto itc = create("International Trade Centre " + tag(), "ITC", "https://intracen.org");
        OrganisationDto upu = create("Universal Postal Union " + tag(), "UPU", null);

        ProgrammeDto programme = api.post("/api/programmes", new CreateProgrammeRequest("SME accelerator " + tag(), null,
                LocalDate.now(), LocalDate.now().plusYears(2), "UNCTAD", Set.of(itc.id(), upu.id())), manager, ProgrammeDto.class).body();

        assertEquals(Set.of(itc, upu), Set.copyOf(programme.partners()));
        assertEquals(Set.of(itc, upu), Set.copyOf(api.get("/api/programmes/" + programme.id(), null, ProgrammeDto.class).partners()));
        List<OrganisationDto> all = api.get("/api/organisations", null, Argument.listOf(OrganisationDto.class));
        assertTrue(all.containsAll(List.of(itc, upu)));
    }

    @Test
    void refusesDuplicatesBadAddressesAndUnknownPartners() {
        OrganisationDto wto = create("World Trade Organization " + tag(), "WTO", null);

        Problem duplicate = api.problem(409, () -> create(wto.name(), null, null));
        Problem address = api.problem(400, () -> create("Somewhere " + tag(), null, "javascript:alert(1)"));
        Problem partner = api.problem(400, () -> api.post("/api/programmes", new CreateProgrammeRequest("P " + tag(), null,
                LocalDate.now(), LocalDate.now(), null, Set.of("999999999")), manager, ProgrammeDto.class));

        assertEquals("name", duplicate.errors().get(0).field());
        assertEquals("website", address.errors().get(0).field());
        assertEquals("partnerIds", partner.errors().get(0).field());
    }

    @Test
    void managersCorrectAnOrganisationButNotIntoAnotherOnesName() {
        OrganisationDto itc = create("Intl Trade Centre " + tag(), null, null);
        OrganisationDto wto = create("World Trade Organization " + tag(), "WTO", null);

        OrganisationDto corrected = api.put("/api/organisations/" + itc.id(), new CreateOrganisationRequest(
                "International Trade Centre " + tag(), "ITC", "https://intracen.org"), manager, OrganisationDto.class);
        Problem taken = api.problem(409, () -> api.put("/api/organisations/" + itc.id(),
                new CreateOrganisationRequest(wto.name(), null, null), manager, OrganisationDto.class));

        assertEquals(itc.id(), corrected.id());
        assertEquals("ITC", corrected.acronym());
        assertTrue(api.get("/api/organisations", null, Argument.listOf(OrganisationDto.class)).contains(corrected));
        assertEquals("name", taken.errors().get(0).field());
        api.problem(404, () -> api.put("/api/organisations/987654321", new CreateOrganisationRequest("Nobody " + tag(), null, null),
                manager, OrganisationDto.class));
    }

    @Test
    void onlyManagersAddOrganisations() {
        Accounts amina = aParticipant();
        auth.register(amina.registration());
        String participant = api.login(amina.email(), amina.password()).accessToken();

        api.problem(403, () -> api.post("/api/organisations", new CreateOrganisationRequest("X " + tag(), null, null), participant,
                OrganisationDto.class));
        OrganisationDto existing = create("Y " + tag(), null, null);
        api.problem(403, () -> api.put("/api/organisations/" + existing.id(), new CreateOrganisationRequest("Z " + tag(), null, null),
                participant, OrganisationDto.class));
    }

    private OrganisationDto create(String name, String acronym, String website) {
        return api.post("/api/organisations", new CreateOrganisationRequest(name, acronym, website), manager, OrganisationDto.class).body();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
