-- Bulk import of participants (issue 4): the dry run is stored, so the manager can page through it,
-- confirm later, and follow the progress from any instance or after a reload.
CREATE TABLE participant_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    activity_id     BIGINT        NOT NULL,
    created_by      BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    encoding        VARCHAR(20)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    total_rows      INT           NOT NULL,
    valid_rows      INT           NOT NULL,
    processed_rows  INT           NOT NULL DEFAULT 0,
    ignored_columns VARCHAR(1000) NULL,
    failure         VARCHAR(1000) NULL,
    -- Written while RUNNING; an import whose heartbeat stops (its instance died) is FAILED on read.
    heartbeat_at    DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    finished_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_participant_import_activity (activity_id, created_at),
    CONSTRAINT fk_participant_import_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_participant_import_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
);

-- One row of the file as read (line: its line in the file, the header being 1) and what it does.
CREATE TABLE participant_import_row (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    import_id     BIGINT       NOT NULL,
    line          INT          NOT NULL,
    email         VARCHAR(254) NULL,
    name          VARCHAR(200) NULL,
    country_code  CHAR(2)      NULL,
    gender        VARCHAR(12)  NULL,
    business_name VARCHAR(200) NULL,
    sector        VARCHAR(100) NULL,
    women_led     TINYINT(1)   NULL,
    women_owned   TINYINT(1)   NULL,
    employees     INT          NULL,
    locale        VARCHAR(2)   NULL,
    outcome       VARCHAR(30)  NOT NULL,
    errors        LONGTEXT     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_participant_import_row (import_id, line),
    CONSTRAINT fk_participant_import_row_import FOREIGN KEY (import_id) REFERENCES participant_import (id)
);

-- An invitation to set a password, for accounts created by an import. Stored as SHA-256.
CREATE TABLE invitation (
    token_hash CHAR(64)    NOT NULL,
    user_id    BIGINT      NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_invitation_user (user_id),
    CONSTRAINT fk_invitation_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
