package org.etradecampus.attendance;

import jakarta.inject.Singleton;
import org.etradecampus.completion.CompletionRules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Map;

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

    /**
     * Everyone's rate. A coaching session counts only for the SME it is held with: her sessions are
     * the group sessions and her own coaching sessions.
     */
    public ActivityAttendanceDto of(long activityId) {
        Instant now = clock.instant();
        int held = attendance.sessionsHeld(activityId, now);
        int planned = attendance.sessionsPlanned(activityId);
        Map<Long, AttendanceRepository.Coaching> coaching = attendance.coaching(activityId, now).stream()
                .collect(Collectors.toMap(AttendanceRepository.Coaching::userId, Function.identity()));
        int coachingHeld = coaching.values().stream().mapToInt(c -> c.held().intValue()).sum();
        int coachingPlanned = coaching.values().stream().mapToInt(c -> c.planned().intValue()).sum();
        double threshold = completion.of(activityId).minAttendanceRate();
        long attendedAll = 0;
        long countedAll = 0;
        List<PersonAttendanceDto> people = new ArrayList<>();
        for (AttendanceRepository.RateRow row : attendance.rates(activityId, now)) {
            AttendanceRepository.Coaching hers = coaching.get(row.userId());
            int herHeld = held - coachingHeld + (hers == null ? 0 : hers.held().intValue());
            int herPlanned = planned - coachingPlanned + (hers == null ? 0 : hers.planned().intValue());
            int attended = row.attended().intValue();
            int excused = row.excused().intValue();
            int counted = herHeld - excused;
            Double rate = counted > 0 ? (double) attended / counted : null;
            int left = herPlanned - herHeld;
            int best = herPlanned - excused;
            boolean canStillComplete = best <= 0 || (double) (attended + left) / best >= threshold;
            people.add(new PersonAttendanceDto(Long.toString(row.enrolmentId()), Long.toString(row.userId()), row.displayName(),
                    attended, excused, herHeld, rate, rate != null && rate < threshold, canStillComplete));
            attendedAll += attended;
            countedAll += Math.max(0, counted);
        }
        return new ActivityAttendanceDto(held, planned, threshold, countedAll > 0 ? (double) attendedAll / countedAll : null, people);
    }
}
