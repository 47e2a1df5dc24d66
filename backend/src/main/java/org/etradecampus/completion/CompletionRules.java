package org.etradecampus.completion;

import jakarta.inject.Singleton;

import java.time.Clock;

/** Each activity's completion rule, or the default. */
@Singleton
public class CompletionRules {

    /** Three sessions in four, unless a manager says otherwise. */
    public static final double DEFAULT_MIN_ATTENDANCE_RATE = 0.75;

    private final CompletionRuleRepository rules;
    private final Clock clock;

    CompletionRules(CompletionRuleRepository rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public CompletionRuleDto of(long activityId) {
        return rules.findById(activityId).map(r -> new CompletionRuleDto(r.minAttendanceRate(),
                        r.requiredSurveyId() == null ? null : r.requiredSurveyId().toString()))
                .orElse(new CompletionRuleDto(DEFAULT_MIN_ATTENDANCE_RATE, null));
    }

    CompletionRuleDto save(long activityId, CompletionRuleDto rule) {
        CompletionRule stored = new CompletionRule(activityId, rule.minAttendanceRate(), clock.instant(),
                rule.requiredSurveyId() == null ? null : Long.valueOf(rule.requiredSurveyId()));
        if (rules.existsById(activityId)) {
            rules.update(stored);
        } else {
            rules.save(stored);
        }
        return of(activityId);
    }
}
