CREATE TABLE programme (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    name              VARCHAR(200)  NOT NULL,
    description       TEXT          NULL,
    lead_organisation VARCHAR(200)  NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_programme_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
);

-- Lists (genders, country codes, region codes, groups, tags) are comma-separated: they are read
-- with the activity and checked in code, never filtered on in SQL.
CREATE TABLE activity (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id         BIGINT        NOT NULL,
    type                 VARCHAR(20)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    description          TEXT          NULL,
    delivery             VARCHAR(12)   NOT NULL,
    language             VARCHAR(5)    NOT NULL,
    country_code         CHAR(2)       NULL,
    city                 VARCHAR(100)  NULL,
    region_code          VARCHAR(3)    NULL,
    start_date           DATE          NOT NULL,
    end_date             DATE          NOT NULL,
    time_zone            VARCHAR(60)   NOT NULL,
    capacity             INT           NOT NULL,
    enrolment_policy     VARCHAR(12)   NOT NULL,
    enrolment_opens_at   DATETIME(6)   NULL,
    enrolment_closes_at  DATETIME(6)   NULL,
    status               VARCHAR(10)   NOT NULL,
    eligible_genders     VARCHAR(60)   NULL,
    eligible_countries   VARCHAR(1000) NULL,
    eligible_regions     VARCHAR(250)  NULL,
    eligible_groups      VARCHAR(20)   NULL,
    women_led_only       TINYINT(1)    NOT NULL DEFAULT 0,
    women_owned_only     TINYINT(1)    NOT NULL DEFAULT 0,
    tags                 VARCHAR(900)  NULL,
    -- Kept in step with enrolment rows inside the transaction that changes them, under this row's lock.
    enrolled_count       INT           NOT NULL DEFAULT 0,
    waitlist_count       INT           NOT NULL DEFAULT 0,
    waitlist_seq         BIGINT        NOT NULL DEFAULT 0,
    created_by           BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_catalogue (status, start_date),
    KEY ix_activity_programme (programme_id, start_date),
    CONSTRAINT fk_activity_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_activity_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_activity_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
);

CREATE TABLE activity_session (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    activity_id BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    location    VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_session_activity (activity_id, starts_at),
    CONSTRAINT fk_session_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);

-- active is 1 while ENROLLED, WAITLISTED or APPLIED and NULL otherwise: the unique key then allows
-- one active enrolment per person and activity, and any number of past ones (NULLs never collide).
CREATE TABLE enrolment (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id   BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    status        VARCHAR(12) NOT NULL,
    active        TINYINT(1)  NULL,
    waitlist_seq  BIGINT      NULL,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_enrolment_active (activity_id, user_id, active),
    KEY ix_enrolment_waitlist (activity_id, status, waitlist_seq),
    KEY ix_enrolment_user (user_id, created_at),
    CONSTRAINT fk_enrolment_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- The first answer to a request carrying an Idempotency-Key, replayed for its retries.
-- request_key is "<user id>:<Idempotency-Key>": keys are the client's, scoped to who sent them.
CREATE TABLE idempotent_request (
    request_key  VARCHAR(130) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    enrolment_id BIGINT       NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    position     INT          NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (request_key),
    KEY ix_idempotent_request_created (created_at)
);
