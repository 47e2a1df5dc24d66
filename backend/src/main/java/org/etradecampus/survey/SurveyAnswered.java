package org.etradecampus.survey;

/** Published inside the transaction that saved someone's answers: a completion may require them. */
public record SurveyAnswered(long activityId) {
}
