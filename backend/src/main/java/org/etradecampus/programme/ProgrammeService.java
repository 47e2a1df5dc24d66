package org.etradecampus.programme;

import jakarta.inject.Singleton;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.PageDto;

import java.time.Clock;

@Singleton
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    public Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("No such programme."));
    }

    public java.util.Optional<Programme> find(long id) {
        return programmes.findById(id);
    }

    public PageDto<ProgrammeDto> page(int page, int size) {
        return new PageDto<>(programmes.page(size, (long) page * size).stream().map(Programme::toDto).toList(),
                page, size, programmes.count());
    }

    public Programme create(long userId, CreateProgrammeRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw new ValidationException("endDate", "must not be before startDate", "validation.date-order");
        }
        return programmes.save(new Programme(null, request.name().strip(), blankToNull(request.description()),
                blankToNull(request.leadOrganisation()), request.startDate(), request.endDate(), userId, clock.instant()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
