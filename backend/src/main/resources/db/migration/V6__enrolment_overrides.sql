-- A manager may seat someone beyond capacity; who did it and why is kept with the enrolment.
ALTER TABLE enrolment ADD COLUMN override_by BIGINT NULL;
ALTER TABLE enrolment ADD COLUMN override_reason VARCHAR(500) NULL;
