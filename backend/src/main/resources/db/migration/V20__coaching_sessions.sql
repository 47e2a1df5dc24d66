-- Coaching sessions (issue 6): a session of an accelerator cohort held with one SME. It counts for
-- her attendance only; its notes are for coaches and managers.
ALTER TABLE activity_session ADD COLUMN coachee_user_id BIGINT NULL;
ALTER TABLE activity_session ADD COLUMN coach_notes TEXT NULL;
CREATE INDEX ix_session_coachee ON activity_session (activity_id, coachee_user_id);
