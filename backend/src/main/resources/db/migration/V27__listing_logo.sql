-- A listing's logo (issue 8): kept in the platform's file storage under a random key.
ALTER TABLE business_listing ADD COLUMN logo_key VARCHAR(200) NULL;
ALTER TABLE business_listing ADD COLUMN logo_type VARCHAR(30) NULL;
