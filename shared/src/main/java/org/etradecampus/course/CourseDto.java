package org.etradecampus.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An activity's modules and lessons in order; for someone holding a seat, how far she is (0..1, null for staff). */
@Serdeable
public record CourseDto(String activityId, List<ModuleDto> modules, int lessons, int done, @Nullable Double progress) {
}
