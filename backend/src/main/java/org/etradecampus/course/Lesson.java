package org.etradecampus.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("lesson")
record Lesson(@Id @GeneratedValue @Nullable Long id, long moduleId, long activityId, int position, String title,
              @Nullable String body, @Nullable String videoUrl, boolean required) {
}
