package org.etradecampus.attendance;

import jakarta.inject.Singleton;
import org.etradecampus.completion.CompletionRules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Attendance rates as BRIEF.md defines them: present or late over sessions held, excused ones left out. */
@Singleton
public class AttendanceRates {

    private final AttendanceRepository attendance;
    private final CompletionRules completion;
    private final Clock clock;

    AttendanceRates(AttendanceRepository attendance, CompletionRules completion, Clock clock) {
        this.attendance = attendance;
        this.completion = completion;
        this.clock = clock;
    }

    public ActivityAttendanceDto of(long activityId) {
        Instant now = clock.instant();
        int held = attendance.sessionsHeld(activityId, now);
        int planned = attendance.sessionsPlanned(activityId);
        double threshold = completion.of(activityId).minAttendanceRate();
        long attendedAll = 0;
        long countedAll = 0;
        List<PersonAttendanceDto> people = new ArrayList<>();
        for (AttendanceRepository.RateRow row : attendance.rates(activityId, now)) {
            int attended = row.attended().intValue();
            int excused = row.excused().intValue();
            int counted = held - excused;
            Double rate = counted > 0 ? (double) attended / counted : null;
            int left = planned - held;
            int best = planned - excused;
            boolean canStillComplete = best <= 0 || (double) (attended + left) / best >= threshold;
            people.add(new PersonAttendanceDto(Long.toString(row.enrolmentId()), Long.toString(row.userId()), row.displayName(),
                    attended, excused, held, rate, rate != null && rate < threshold, canStillComplete));
            attendedAll += attended;
            countedAll += Math.max(0, counted);
        }
        return new ActivityAttendanceDto(held, planned, threshold, countedAll > 0 ? (double) attendedAll / countedAll : null, people);
    }
}
