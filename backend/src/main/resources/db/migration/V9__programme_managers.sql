-- Who runs a programme: its managers manage its activities (administrators manage everything).
CREATE TABLE programme_manager (
    programme_id BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    PRIMARY KEY (programme_id, user_id),
    KEY ix_programme_manager_user (user_id),
    CONSTRAINT fk_programme_manager_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_programme_manager_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
INSERT INTO programme_manager (programme_id, user_id) SELECT id, created_by FROM programme;
