-- Regional communities of the eTrade for Women network (issue 8). A community may be tied to an
-- M49 region, sub-region or intermediate region: masterclass alumni from there are invited to it
-- when they complete.
CREATE TABLE community (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(2000) NULL,
    region_code VARCHAR(3)    NULL,
    join_policy VARCHAR(10)   NOT NULL,
    created_by  BIGINT        NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT uq_community_name UNIQUE (name)
);

-- INVITED (an alumna, until she accepts), PENDING (asked to join a community on approval),
-- ACTIVE, LEFT or REMOVED (by a moderator). Moderators are ACTIVE members with role MODERATOR.
CREATE TABLE community_member (
    community_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    role         VARCHAR(10) NOT NULL,
    status       VARCHAR(10) NOT NULL,
    digest       TINYINT     NOT NULL DEFAULT 1,
    since        TIMESTAMP   NOT NULL,
    updated_at   TIMESTAMP   NOT NULL,
    changed_by   BIGINT      NULL,
    PRIMARY KEY (community_id, user_id),
    KEY ix_community_member_user (user_id),
    KEY ix_community_member_status (community_id, status)
);

-- Announcements (parent_id NULL, by moderators) and the members' comments on them.
CREATE TABLE community_post (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id  BIGINT        NOT NULL,
    parent_id     BIGINT        NULL,
    author_id     BIGINT        NOT NULL,
    title         VARCHAR(200)  NULL,
    body          VARCHAR(5000) NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    hidden_at     TIMESTAMP     NULL,
    hidden_by     BIGINT        NULL,
    hidden_reason VARCHAR(300)  NULL,
    KEY ix_community_post (community_id, parent_id, id)
);

-- Members' reports of abusive posts; one per post and reporter, resolved by a moderator.
CREATE TABLE community_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id     BIGINT       NOT NULL,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    resolved_at TIMESTAMP    NULL,
    resolved_by BIGINT       NULL,
    CONSTRAINT uq_community_report UNIQUE (post_id, reporter_id)
);
