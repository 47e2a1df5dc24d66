package org.etradecampus.importing;

import io.micronaut.serde.annotation.Serdeable;

/** CHECKED: the dry run, nothing written; RUNNING after confirmation; then DONE, or FAILED with nothing written. */
@Serdeable
public enum ImportStatus {
    CHECKED,
    RUNNING,
    DONE,
    FAILED
}
