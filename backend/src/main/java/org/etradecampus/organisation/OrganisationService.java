package org.etradecampus.organisation;

import jakarta.inject.Singleton;
import org.etradecampus.common.Text;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Problem;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

@Singleton
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    List<OrganisationDto> list() {
        return organisations.listOrderByName().stream().map(Organisation::toDto).toList();
    }

    OrganisationDto create(CreateOrganisationRequest request) {
        String name = request.name().strip();
        if (organisations.existsByName(name)) {
            throw new ConflictException("An organisation with this name exists already.", "organisation.name-taken",
                    List.of(new Problem.FieldError("name", "is taken", "organisation.name-taken")));
        }
        return organisations.save(new Organisation(null, name, Text.blankToNull(request.acronym()), Text.blankToNull(request.website()),
                clock.instant())).toDto();
    }

    /** Links a programme to its partners; every id must name an organisation. */
    public void linkPartners(long programmeId, Collection<String> ids) {
        List<Long> numbers = ids.stream().map(id -> id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : -1L)
                .distinct().toList();
        if (organisations.findByIdIn(numbers).size() != numbers.size()) {
            throw new ValidationException("partnerIds", "names an organisation that does not exist", "validation.invalid-value");
        }
        numbers.forEach(id -> organisations.insertPartner(programmeId, id));
    }

    public List<OrganisationDto> partnersOf(long programmeId) {
        return organisations.partnersOf(programmeId).stream().map(Organisation::toDto).collect(Collectors.toList());
    }
}
