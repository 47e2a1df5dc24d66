-- Blind review of applications (issue 4). A rubric is one document: its criteria as a JSON array.
CREATE TABLE review_rubric (
    activity_id BIGINT      NOT NULL,
    criteria    LONGTEXT    NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (activity_id),
    CONSTRAINT fk_review_rubric_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);

-- Who may review an activity's applications: a permission on that activity, not a role.
CREATE TABLE activity_reviewer (
    activity_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    PRIMARY KEY (activity_id, user_id),
    KEY ix_activity_reviewer_user (user_id),
    CONSTRAINT fk_activity_reviewer_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_reviewer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- One review per application and reviewer; score is the weighted result (0-100) once scored.
CREATE TABLE review (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    activity_id    BIGINT        NOT NULL,
    reviewer_id    BIGINT        NOT NULL,
    scores         LONGTEXT      NULL,
    score          DOUBLE        NULL,
    comment        VARCHAR(5000) NULL,
    submitted_at   DATETIME(6)   NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_review_application_reviewer (application_id, reviewer_id),
    KEY ix_review_reviewer (reviewer_id, activity_id, submitted_at),
    KEY ix_review_activity (activity_id, reviewer_id),
    CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_review_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
);
