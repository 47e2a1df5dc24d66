-- Who was asked by e-mail to answer a survey, and reminded (issue 6): one row per survey and
-- person, so that every instance's job sends each e-mail once.
CREATE TABLE survey_notice (
    activity_survey_id BIGINT      NOT NULL,
    user_id            BIGINT      NOT NULL,
    invited_at         DATETIME(6) NOT NULL,
    reminded_at        DATETIME(6) NULL,
    PRIMARY KEY (activity_survey_id, user_id),
    CONSTRAINT fk_survey_notice_survey FOREIGN KEY (activity_survey_id) REFERENCES activity_survey (id),
    CONSTRAINT fk_survey_notice_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- A completion rule may require answering one of the activity's surveys (issue 5's rule, completed here).
ALTER TABLE completion_rule ADD COLUMN required_survey_id BIGINT NULL;
