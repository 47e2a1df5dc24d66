package org.etradecampus.survey;

import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/** Who answered which survey, for other features' rules (a completion that requires a survey). */
@Singleton
public class SurveyRespondents {

    private final SurveyRepository surveys;

    SurveyRespondents(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    /** The survey, when it is one asked in this activity. */
    public Optional<Long> ofActivity(long surveyId, long activityId) {
        return surveys.findById(surveyId).filter(s -> s.activityId() == activityId).map(ActivitySurvey::id);
    }

    public Set<Long> of(long surveyId) {
        return Set.copyOf(surveys.respondents(surveyId));
    }
}
