CREATE TABLE activity_trainer (
    activity_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    PRIMARY KEY (activity_id, user_id),
    KEY ix_activity_trainer_user (user_id),
    CONSTRAINT fk_activity_trainer_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_trainer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
