-- Whether the person was present or late at least once (issue 7's "attended"): kept on the
-- enrolment in the transaction that writes each mark, so reports count it without reading the
-- attendance marks again.
ALTER TABLE enrolment ADD COLUMN attended TINYINT(1) NOT NULL DEFAULT 0;
UPDATE enrolment SET attended = 1
    WHERE EXISTS (SELECT 1 FROM attendance t WHERE t.enrolment_id = enrolment.id AND t.status IN ('PRESENT', 'LATE'));
