package org.etradecampus.programme;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.Text;
import org.etradecampus.account.Role;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.PageDto;
import org.etradecampus.organisation.OrganisationService;
import org.etradecampus.user.StaffDto;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Singleton
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final OrganisationService organisations;
    private final UserService users;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, OrganisationService organisations, UserService users, Clock clock) {
        this.programmes = programmes;
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
    }

    public ProgrammeDto toDto(Programme p) {
        return new ProgrammeDto(Long.toString(p.id()), p.name(), p.description(), p.startDate(), p.endDate(),
                p.leadOrganisation(), organisations.partnersOf(p.id()));
    }

    public Programme get(long id) {
        return programmes.findById(id).orElseThrow(ProgrammeService::notFound);
    }

    /** Administrators run every programme; a manager those she manages. */
    public boolean runs(long programmeId, long userId, boolean admin) {
        return admin || programmes.countManager(programmeId, userId) > 0;
    }

    /** Those who run it, and the trainers of any of its activities. */
    public boolean follows(long programmeId, long userId, boolean admin) {
        return runs(programmeId, userId, admin) || programmes.countTrainer(programmeId, userId) > 0;
    }

    public Optional<Programme> find(long id) {
        return programmes.findById(id);
    }

    public PageDto<ProgrammeDto> page(int page, int size) {
        return new PageDto<>(programmes.page(size, (long) page * size).stream().map(this::toDto).toList(),
                page, size, programmes.count());
    }

    @Transactional
    public Programme create(long userId, CreateProgrammeRequest request) {
        checkDates(request);
        Programme saved = programmes.save(new Programme(null, request.name().strip(), Text.blankToNull(request.description()),
                Text.blankToNull(request.leadOrganisation()), request.startDate(), request.endDate(), userId, clock.instant()));
        programmes.insertManager(saved.id(), userId);
        if (request.partnerIds() != null) {
            organisations.linkPartners(saved.id(), request.partnerIds());
        }
        return saved;
    }

    /** Partners are replaced by those named (none when {@code partnerIds} is absent). */
    @Transactional
    public Programme update(long id, CreateProgrammeRequest request) {
        Programme current = programmes.lock(id).orElseThrow(ProgrammeService::notFound);
        checkDates(request);
        Programme updated = programmes.update(new Programme(id, request.name().strip(), Text.blankToNull(request.description()),
                Text.blankToNull(request.leadOrganisation()), request.startDate(), request.endDate(), current.createdBy(),
                current.createdAt()));
        organisations.replacePartners(id, request.partnerIds() == null ? Set.of() : request.partnerIds());
        return updated;
    }

    public List<StaffDto> managers(long programmeId) {
        get(programmeId);
        return users.staffOf(programmes.managerIds(programmeId));
    }

    /** The managers become these: at least one, each an enabled account with the MANAGER role. */
    @Transactional
    public List<StaffDto> assignManagers(long programmeId, Set<String> userIds) {
        programmes.lock(programmeId).orElseThrow(ProgrammeService::notFound);
        List<Long> ids = users.requireStaff(userIds, Role.MANAGER, "userIds");
        programmes.deleteManagers(programmeId);
        ids.stream().distinct().forEach(userId -> programmes.insertManager(programmeId, userId));
        return managers(programmeId);
    }

    /** Refuses, with 403, whoever does not run the programme (after 404 for one that does not exist). */
    public void requireRunner(long programmeId, long userId, boolean admin) {
        get(programmeId);
        if (!runs(programmeId, userId, admin)) {
            throw new ForbiddenException("Only this programme's managers may do that.", "problem.forbidden");
        }
    }

    private static void checkDates(CreateProgrammeRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw new ValidationException("endDate", "must not be before startDate", "validation.date-order");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such programme.");
    }
}
