-- The manager's list over tens of thousands of applications: best mean score first (unreviewed
-- last, ties to the earlier application) or by submission, read straight from an index in order.
CREATE INDEX ix_application_by_score ON application (activity_id, mean_score DESC, id);
CREATE INDEX ix_application_by_submission ON application (activity_id, submitted_at, id);

-- Each reviewer's progress (assigned, scored) counted from the index alone.
CREATE INDEX ix_review_progress ON review (activity_id, reviewer_id, submitted_at);
