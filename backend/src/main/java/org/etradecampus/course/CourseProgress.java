package org.etradecampus.course;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.stream.Collectors;

/** What completion needs from courses: how many lessons are required, and how many each enrolment did. */
@Singleton
public class CourseProgress {

    private final CourseRepository course;

    CourseProgress(CourseRepository course) {
        this.course = course;
    }

    public int requiredLessons(long activityId) {
        return course.requiredLessons(activityId);
    }

    /** By enrolment id; absent means none done. */
    public Map<Long, Long> requiredDone(long activityId) {
        return course.requiredDone(activityId).stream()
                .collect(Collectors.toMap(CourseRepository.RequiredDone::enrolmentId, CourseRepository.RequiredDone::done));
    }
}
