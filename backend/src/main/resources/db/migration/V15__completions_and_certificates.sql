-- Completion per enrolment (issue 5): decided by the rule from attendance (automatic), or by a
-- trainer or manager (overridden, with a reason) which the rule then leaves alone.
CREATE TABLE completion (
    enrolment_id BIGINT       NOT NULL,
    activity_id  BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    completed    TINYINT(1)   NOT NULL,
    overridden   TINYINT(1)   NOT NULL,
    reason       VARCHAR(500) NULL,
    decided_by   BIGINT       NULL,
    decided_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (enrolment_id),
    KEY ix_completion_activity (activity_id, completed),
    KEY ix_completion_user (user_id, completed),
    CONSTRAINT fk_completion_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

-- A certificate keeps what it says (name, activity, programme, dates) as issued, so it reads the
-- same later. code: 128 random bits, base32; the verification page's address carries it.
CREATE TABLE certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    code              VARCHAR(32)  NOT NULL,
    enrolment_id      BIGINT       NOT NULL,
    activity_id       BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    holder_name       VARCHAR(100) NOT NULL,
    locale            VARCHAR(2)   NOT NULL,
    activity_title    VARCHAR(200) NOT NULL,
    programme_name    VARCHAR(200) NOT NULL,
    organisations     VARCHAR(1000) NULL,
    start_date        DATE         NOT NULL,
    end_date          DATE         NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    revoked_at        DATETIME(6)  NULL,
    revoked_by        BIGINT       NULL,
    revocation_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_certificate_code (code),
    KEY ix_certificate_enrolment (enrolment_id, revoked_at),
    KEY ix_certificate_user (user_id, issued_at),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
