-- Selection by application (issue 4). A form is one document: its questions as a JSON array.
CREATE TABLE application_form (
    activity_id BIGINT      NOT NULL,
    questions   LONGTEXT    NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (activity_id),
    CONSTRAINT fk_application_form_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);

-- One application per person and activity; a withdrawn one can be resumed as a draft.
-- country_code and gender are copied from her profile when she submits, so that the lists a
-- manager filters over tens of thousands of applications need no join on profiles.
-- review_count, mean_score and score_spread are kept in step with the reviews, under this row's lock.
CREATE TABLE application (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    activity_id      BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    answers          LONGTEXT      NOT NULL,
    screening_reason VARCHAR(1000) NULL,
    country_code     CHAR(2)       NULL,
    gender           VARCHAR(20)   NULL,
    review_count     INT           NOT NULL DEFAULT 0,
    mean_score       DOUBLE        NULL,
    score_spread     DOUBLE        NULL,
    submitted_at     DATETIME(6)   NULL,
    decided_by       BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_person (activity_id, user_id),
    KEY ix_application_rank (activity_id, status, mean_score),
    KEY ix_application_submitted (activity_id, status, submitted_at),
    KEY ix_application_user (user_id, updated_at),
    CONSTRAINT fk_application_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_application_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_application_country FOREIGN KEY (country_code) REFERENCES country (code)
);
