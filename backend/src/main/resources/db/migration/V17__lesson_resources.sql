-- Files attached to lessons (issue 5). The bytes live in the file storage (a directory, or an
-- S3-compatible bucket), under storage_key; the row says what they are.
CREATE TABLE lesson_resource (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    lesson_id    BIGINT       NOT NULL,
    activity_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    storage_key  VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lesson_resource_lesson (lesson_id),
    CONSTRAINT fk_lesson_resource_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);
