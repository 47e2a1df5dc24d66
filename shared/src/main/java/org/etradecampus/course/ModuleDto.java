package org.etradecampus.course;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record ModuleDto(String id, String activityId, int position, String title, List<LessonDto> lessons) {
}
