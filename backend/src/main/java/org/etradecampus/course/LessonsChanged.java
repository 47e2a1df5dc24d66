package org.etradecampus.course;

/** Published inside the transaction that changed which lessons someone did, or which are required. */
public record LessonsChanged(long activityId) {
}
