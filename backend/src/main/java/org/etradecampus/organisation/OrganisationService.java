package org.etradecampus.organisation;

import jakarta.inject.Singleton;
import org.etradecampus.common.Text;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
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
            throw nameTaken();
        }
        return organisations.save(new Organisation(null, name, Text.blankToNull(request.acronym()), Text.blankToNull(request.website()),
                clock.instant())).toDto();
    }

    OrganisationDto update(long id, CreateOrganisationRequest request) {
        Organisation current = organisations.findById(id).orElseThrow(() -> new NotFoundException("No such organisation."));
        String name = request.name().strip();
        if (organisations.existsByNameAndIdNotEqual(name, id)) {
            throw nameTaken();
        }
        return organisations.update(new Organisation(id, name, Text.blankToNull(request.acronym()),
                Text.blankToNull(request.website()), current.createdAt())).toDto();
    }

    private static ConflictException nameTaken() {
        return new ConflictException("An organisation with this name exists already.", "organisation.name-taken",
                List.of(new Problem.FieldError("name", "is taken", "organisation.name-taken")));
    }

    /** A programme's partners become these; every id must name an organisation. */
    public void replacePartners(long programmeId, Collection<String> ids) {
        organisations.deletePartners(programmeId);
        linkPartners(programmeId, ids);
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
