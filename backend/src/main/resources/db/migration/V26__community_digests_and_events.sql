-- Community digests and events (issue 8).
-- Announcement digests (issue 8): what each member was last sent, so each announcement reaches
-- her once, and when, so digests come at most once per period.
ALTER TABLE community_member ADD COLUMN digest_up_to BIGINT NULL;
ALTER TABLE community_member ADD COLUMN digest_sent_at TIMESTAMP NULL;

-- A community's events: catalogue activities its moderators point members to.
CREATE TABLE community_event (
    community_id BIGINT    NOT NULL,
    activity_id  BIGINT    NOT NULL,
    added_by     BIGINT    NOT NULL,
    added_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (community_id, activity_id)
);
