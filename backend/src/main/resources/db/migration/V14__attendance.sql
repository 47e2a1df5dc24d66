-- Attendance (issue 5). One mark per session and enrolment; marked_at decides which of two marks
-- wins, so marks a phone queued offline and sends late never overwrite a newer one.
-- activity_id and user_id are copied from the enrolment for rates and reports without joins.
CREATE TABLE attendance (
    session_id      BIGINT       NOT NULL,
    enrolment_id    BIGINT       NOT NULL,
    activity_id     BIGINT       NOT NULL,
    user_id         BIGINT       NOT NULL,
    status          VARCHAR(8)   NOT NULL,
    note            VARCHAR(500) NULL,
    marked_at       DATETIME(6)  NOT NULL,
    marked_by       BIGINT       NOT NULL,
    self_checked_in TINYINT(1)   NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, enrolment_id),
    KEY ix_attendance_activity (activity_id, enrolment_id, status),
    KEY ix_attendance_user (user_id, status),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES activity_session (id),
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

-- The secret a session's rotating check-in codes are derived from (created when first shown).
ALTER TABLE activity_session ADD COLUMN check_in_secret CHAR(64) NULL;

-- Wrong check-in codes per person and session, to slow guessing down on every instance.
CREATE TABLE check_in_failure (
    session_id   BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    failures     INT         NOT NULL,
    window_start DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, user_id)
);

-- What completing an activity takes (issue 5); without a row, the defaults documented in docs/api.md.
CREATE TABLE completion_rule (
    activity_id         BIGINT      NOT NULL,
    min_attendance_rate DOUBLE      NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (activity_id),
    CONSTRAINT fk_completion_rule_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);
