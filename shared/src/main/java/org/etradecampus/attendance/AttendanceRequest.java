package org.etradecampus.attendance;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A batch of marks for one session, saved together. */
@Serdeable
public record AttendanceRequest(@NotNull @Size(max = 1000) List<@NotNull @Valid AttendanceRecordRequest> records) {
}
