-- The participation report's precomputed tables (issue 7's speed bar), kept by report.ParticipationFacts.
--
-- participation_fact: one row per counted enrolment (a seat held or completed in an activity that
-- was not cancelled), with what the report filters and counts by: the person's country and gender,
-- the activity's programme, type and start, and her country's LDC/LLDC/SIDS membership as it stood
-- on that start date.
CREATE TABLE participation_fact (
    enrolment_id  BIGINT      NOT NULL PRIMARY KEY,
    user_id       BIGINT      NOT NULL,
    activity_id   BIGINT      NOT NULL,
    programme_id  BIGINT      NOT NULL,
    activity_type VARCHAR(30) NOT NULL,
    start_date    DATE        NOT NULL,
    country_code  VARCHAR(2)  NOT NULL,
    gender        VARCHAR(12) NOT NULL,
    attended      TINYINT     NOT NULL,
    completed     TINYINT     NOT NULL,
    ldc           TINYINT     NOT NULL,
    lldc          TINYINT     NOT NULL,
    sids          TINYINT     NOT NULL,
    KEY ix_participation_fact_user (user_id),
    KEY ix_participation_fact_programme (programme_id, start_date),
    KEY ix_participation_fact_activity (activity_id),
    KEY ix_participation_fact_start (start_date)
);

-- participation_cube: distinct people per cut. A cut is a dimension (ALL, PROGRAMME, ACTIVITY,
-- TYPE, YEAR, MONTH) within a scope (the platform, '', or one programme's id) and a key of that
-- dimension; within a cut each person is counted in exactly one cell, that of her country and
-- gender, so cells add up. country_group '' counts all her enrolments in the cut; LDC, LLDC and
-- SIDS only those made while her country was in that group.
CREATE TABLE participation_cube (
    dimension     VARCHAR(10) NOT NULL,
    scope_key     VARCHAR(20) NOT NULL,
    group_key     VARCHAR(30) NOT NULL,
    country_group VARCHAR(4)  NOT NULL,
    country_code  VARCHAR(2)  NOT NULL,
    gender        VARCHAR(12) NOT NULL,
    registered    INT         NOT NULL,
    attended      INT         NOT NULL,
    completed     INT         NOT NULL,
    ldc           INT         NOT NULL,
    lldc          INT         NOT NULL,
    sids          INT         NOT NULL,
    PRIMARY KEY (dimension, scope_key, country_group, group_key, country_code, gender)
);

-- People whose facts are to be recomputed: written in the transaction of the change, consumed in
-- order by whichever instance catches up (under participation_state's row lock).
CREATE TABLE participation_dirty (
    id      BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL
);

-- One row: its lock serialises catching up across instances; rebuild = 1 asks for a full rebuild,
-- here when there already are enrolments to count (the first scheduled catch-up does it).
CREATE TABLE participation_state (
    id      INT     NOT NULL PRIMARY KEY,
    rebuild TINYINT NOT NULL
);
INSERT INTO participation_state (id, rebuild)
    SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM enrolment) THEN 1 ELSE 0 END;
