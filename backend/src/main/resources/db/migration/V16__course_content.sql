-- Online course material (issue 5): modules and lessons, ordered by position, and who did which.
CREATE TABLE course_module (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    activity_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_course_module_activity (activity_id, position),
    CONSTRAINT fk_course_module_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);

CREATE TABLE lesson (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    module_id   BIGINT       NOT NULL,
    activity_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        TEXT         NULL,
    video_url   VARCHAR(300) NULL,
    required    TINYINT(1)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lesson_module (module_id, position),
    KEY ix_lesson_activity (activity_id, required),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE TABLE lesson_done (
    lesson_id    BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    activity_id  BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    done_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (lesson_id, user_id),
    KEY ix_lesson_done_enrolment (activity_id, enrolment_id),
    CONSTRAINT fk_lesson_done_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
);
