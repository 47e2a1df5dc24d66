-- Partner organisations: a managed list programmes point to, so reports name partners consistently.
CREATE TABLE organisation (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    acronym    VARCHAR(30)  NULL,
    website    VARCHAR(300) NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organisation_name (name)
);

CREATE TABLE programme_partner (
    programme_id    BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (programme_id, organisation_id),
    CONSTRAINT fk_partner_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
