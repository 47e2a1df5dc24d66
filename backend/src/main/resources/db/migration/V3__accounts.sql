CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    locale        VARCHAR(5)   NOT NULL DEFAULT 'en',
    enabled       TINYINT(1)   NOT NULL DEFAULT 1,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_email (email),
    KEY ix_app_user_created (created_at)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    KEY ix_user_role_role (role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- One row per participant who has filled anything in; reports join on it.
CREATE TABLE profile (
    user_id               BIGINT       NOT NULL,
    country_code          CHAR(2)      NULL,
    gender                VARCHAR(12)  NULL,
    business_name         VARCHAR(200) NULL,
    sector                VARCHAR(100) NULL,
    business_stage        VARCHAR(12)  NULL,
    women_led             TINYINT(1)   NULL,
    women_owned           TINYINT(1)   NULL,
    employees             INT          NULL,
    online_sales_channels VARCHAR(2100) NULL,
    exporting             TINYINT(1)   NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id),
    KEY ix_profile_country (country_code),
    CONSTRAINT fk_profile_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_profile_country FOREIGN KEY (country_code) REFERENCES country (code)
);

-- A family is one sign-in; each refresh rotates the token within it. Tokens are stored as SHA-256.
CREATE TABLE refresh_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    family_id   CHAR(36)    NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_refresh_token_hash (token_hash),
    KEY ix_refresh_token_family (family_id),
    KEY ix_refresh_token_user (user_id),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Revoked families: an access token carries its family id and dies with it.
CREATE TABLE session_family (
    family_id  CHAR(36)    NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    PRIMARY KEY (family_id),
    KEY ix_session_family_user (user_id),
    CONSTRAINT fk_session_family_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Failed sign-ins per account and per address, shared by every backend instance.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(300) NOT NULL,
    failures        INT          NOT NULL,
    window_start    DATETIME(6)  NOT NULL,
    blocked_until   DATETIME(6)  NULL,
    PRIMARY KEY (throttle_key)
);
