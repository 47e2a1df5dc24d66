package org.etradecampus.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("lesson_resource")
record LessonResource(@Id @GeneratedValue @Nullable Long id, long lessonId, long activityId, String fileName,
                      String contentType, long sizeBytes, String storageKey, Instant createdAt) {

    ResourceDto toDto() {
        return new ResourceDto(Long.toString(id), Long.toString(lessonId), fileName, contentType, sizeBytes);
    }
}
