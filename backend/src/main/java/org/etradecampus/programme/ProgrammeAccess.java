package org.etradecampus.programme;

import jakarta.inject.Singleton;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ForbiddenException;

/**
 * Who may act on a programme, for the caller: its managers and administrators run it; they and the
 * trainers of its activities follow it. Each check answers 404 for a programme that does not exist
 * before 403, and returns the id for chaining.
 */
@Singleton
public class ProgrammeAccess {

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    ProgrammeAccess(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    public long requireRunner(long programmeId) {
        programmes.requireRunner(programmeId, currentUser.id(), currentUser.isAdmin());
        return programmeId;
    }

    /** Whether she sees the whole programme: an administrator, or one of its managers. */
    public boolean runs(long programmeId) {
        return programmes.runs(programmeId, currentUser.id(), currentUser.isAdmin());
    }

    public long requireFollower(long programmeId) {
        programmes.get(programmeId);
        if (!programmes.follows(programmeId, currentUser.id(), currentUser.isAdmin())) {
            throw new ForbiddenException("Only this programme's managers and trainers may see that.", "problem.forbidden");
        }
        return programmeId;
    }
}
