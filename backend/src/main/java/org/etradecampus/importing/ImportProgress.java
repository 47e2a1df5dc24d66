package org.etradecampus.importing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Progress of a running import, committed at once whatever the import's own transaction does. */
@Singleton
class ImportProgress {

    private final ImportRepository imports;
    private final Clock clock;

    ImportProgress(ImportRepository imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long importId, int processed) {
        imports.progress(importId, processed, clock.instant());
    }
}
