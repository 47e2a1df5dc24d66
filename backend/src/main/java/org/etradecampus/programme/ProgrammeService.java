package org.etradecampus.programme;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.Text;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.PageDto;
import org.etradecampus.organisation.OrganisationService;

import java.time.Clock;

@Singleton
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final OrganisationService organisations;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, OrganisationService organisations, Clock clock) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.clock = clock;
    }

    public ProgrammeDto toDto(Programme p) {
        return new ProgrammeDto(Long.toString(p.id()), p.name(), p.description(), p.startDate(), p.endDate(),
                p.leadOrganisation(), organisations.partnersOf(p.id()));
    }

    public Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("No such programme."));
    }

    /** Administrators run every programme; a manager those she manages. */
    public boolean runs(long programmeId, long userId, boolean admin) {
        return admin || programmes.countManager(programmeId, userId) > 0;
    }

    public java.util.Optional<Programme> find(long id) {
        return programmes.findById(id);
    }

    public PageDto<ProgrammeDto> page(int page, int size) {
        return new PageDto<>(programmes.page(size, (long) page * size).stream().map(this::toDto).toList(),
                page, size, programmes.count());
    }

    @Transactional
    public Programme create(long userId, CreateProgrammeRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw new ValidationException("endDate", "must not be before startDate", "validation.date-order");
        }
        Programme saved = programmes.save(new Programme(null, request.name().strip(), Text.blankToNull(request.description()),
                Text.blankToNull(request.leadOrganisation()), request.startDate(), request.endDate(), userId, clock.instant()));
        programmes.insertManager(saved.id(), userId);
        if (request.partnerIds() != null) {
            organisations.linkPartners(saved.id(), request.partnerIds());
        }
        return saved;
    }
}
