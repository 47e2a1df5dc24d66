package org.etradecampus.attendance;

/** Published inside the transaction that changed an activity's attendance: completion follows it. */
public record AttendanceChanged(long activityId) {
}
