package org.etradecampus.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("course_module")
record CourseModule(@Id @GeneratedValue @Nullable Long id, long activityId, int position, String title) {
}
