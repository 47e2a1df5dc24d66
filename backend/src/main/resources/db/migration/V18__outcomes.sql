-- Outcomes (issue 6): a programme's indicators with targets, surveys that feed them, and the
-- milestones accelerator cohorts reach.

-- How it is measured decides which of measure, aggregation and milestone_id is set:
-- PARTICIPATION: measure (computed from enrolments, attendance and profiles, never typed in);
-- SURVEY: aggregation over the answers to questions mapped to it; MILESTONE: milestone_id.
CREATE TABLE indicator (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id  BIGINT       NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name_en       VARCHAR(500) NOT NULL,
    name_fr       VARCHAR(500) NULL,
    name_es       VARCHAR(500) NULL,
    unit          VARCHAR(10)  NOT NULL,
    currency      CHAR(3)      NULL,
    direction     VARCHAR(20)  NOT NULL,
    source        VARCHAR(15)  NOT NULL,
    measure       VARCHAR(30)  NULL,
    aggregation   VARCHAR(12)  NULL,
    milestone_id  BIGINT       NULL,
    baseline      DOUBLE       NULL,
    cumulative    TINYINT(1)   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_indicator_code (programme_id, code),
    CONSTRAINT fk_indicator_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- A target for a period, overall or for one gender or country group (LDC, LLDC, SIDS).
CREATE TABLE indicator_target (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    indicator_id  BIGINT      NOT NULL,
    period_from   DATE        NOT NULL,
    period_to     DATE        NOT NULL,
    target_value  DOUBLE      NOT NULL,
    gender        VARCHAR(20) NULL,
    country_group VARCHAR(4)  NULL,
    PRIMARY KEY (id),
    KEY ix_indicator_target (indicator_id, period_to),
    CONSTRAINT fk_indicator_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);

-- A survey's questions as a JSON array, each question optionally mapped to an indicator.
CREATE TABLE survey_template (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id  BIGINT       NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    title_en      VARCHAR(500) NOT NULL,
    title_fr      VARCHAR(500) NULL,
    title_es      VARCHAR(500) NULL,
    questions     LONGTEXT     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_survey_template_programme (programme_id, kind),
    CONSTRAINT fk_survey_template_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- Which indicators a template's questions feed: kept with the template, so that an indicator in
-- use is found without reading every template's JSON.
CREATE TABLE survey_template_indicator (
    template_id  BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (template_id, indicator_id),
    KEY ix_survey_template_indicator (indicator_id),
    CONSTRAINT fk_sti_template FOREIGN KEY (template_id) REFERENCES survey_template (id),
    CONSTRAINT fk_sti_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);

-- A template asked in one activity. opens_at/closes_at NULL: the window follows the activity's
-- dates and the kind (see SurveyWindows); set, they override it.
CREATE TABLE activity_survey (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id   BIGINT      NOT NULL,
    template_id   BIGINT      NOT NULL,
    kind          VARCHAR(10) NOT NULL,
    months_after  INT         NULL,
    opens_at      DATETIME(6) NULL,
    closes_at     DATETIME(6) NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_survey_activity (activity_id, kind),
    KEY ix_activity_survey_template (template_id),
    CONSTRAINT fk_activity_survey_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_survey_template FOREIGN KEY (template_id) REFERENCES survey_template (id)
);

CREATE TABLE survey_response (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    activity_survey_id BIGINT      NOT NULL,
    user_id            BIGINT      NOT NULL,
    answers            LONGTEXT    NOT NULL,
    submitted_at       DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_survey_response (activity_survey_id, user_id),
    KEY ix_survey_response_user (user_id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (activity_survey_id) REFERENCES activity_survey (id),
    CONSTRAINT fk_survey_response_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- The answers mapped to indicators, as numbers (yes = 1, no = 0), rewritten with each response,
-- so that indicator figures are aggregated in SQL. programme_id, activity_id and kind are copied
-- from the survey so those aggregations need no joins to find their rows. The index leads with the
-- person, as each person's first and latest answer is found among her own few rows.
CREATE TABLE survey_answer_value (
    response_id        BIGINT      NOT NULL,
    indicator_id       BIGINT      NOT NULL,
    programme_id       BIGINT      NOT NULL,
    activity_id        BIGINT      NOT NULL,
    user_id            BIGINT      NOT NULL,
    kind               VARCHAR(10) NOT NULL,
    answer_value       DOUBLE      NOT NULL,
    answered_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (response_id, indicator_id),
    KEY ix_survey_answer_person (indicator_id, user_id, answered_at),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT fk_survey_answer_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);

-- The milestone catalogue of a programme, and the milestones each SME reached.
CREATE TABLE milestone (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id  BIGINT       NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name_en       VARCHAR(500) NOT NULL,
    name_fr       VARCHAR(500) NULL,
    name_es       VARCHAR(500) NULL,
    position      INT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_milestone_code (programme_id, code),
    CONSTRAINT fk_milestone_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- status: REPORTED by the SME and waiting for her coach or manager, VALIDATED, or REJECTED.
-- Only VALIDATED records count.
CREATE TABLE milestone_record (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    milestone_id  BIGINT        NOT NULL,
    activity_id   BIGINT        NOT NULL,
    user_id       BIGINT        NOT NULL,
    achieved_on   DATE          NOT NULL,
    evidence      VARCHAR(2000) NULL,
    status        VARCHAR(10)   NOT NULL,
    recorded_by   BIGINT        NOT NULL,
    decided_by    BIGINT        NULL,
    decided_at    DATETIME(6)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_milestone_record (milestone_id, activity_id, user_id),
    KEY ix_milestone_record_activity (activity_id, user_id),
    CONSTRAINT fk_milestone_record_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
    CONSTRAINT fk_milestone_record_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_milestone_record_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
