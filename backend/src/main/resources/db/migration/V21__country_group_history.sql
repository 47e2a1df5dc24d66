-- Country group membership over time (issue 7): countries join and leave the LDC, LLDC and SIDS
-- groups (a country graduates from the LDCs on a date). Reports count each participant by the
-- membership valid at her activity's start; country.ldc/lldc/sids keep today's membership for
-- eligibility rules. valid_to is the first day the country is no longer a member.
CREATE TABLE country_group_member (
    country_code  CHAR(2)    NOT NULL,
    country_group VARCHAR(4) NOT NULL,
    valid_from    DATE       NOT NULL,
    valid_to      DATE       NULL,
    PRIMARY KEY (country_code, country_group, valid_from),
    KEY ix_country_group_member (country_group, country_code),
    CONSTRAINT fk_country_group_member_country FOREIGN KEY (country_code) REFERENCES country (code)
);

INSERT INTO country_group_member (country_code, country_group, valid_from)
    SELECT code, 'LDC', DATE '1971-01-01' FROM country WHERE ldc = 1;
INSERT INTO country_group_member (country_code, country_group, valid_from)
    SELECT code, 'LLDC', DATE '1971-01-01' FROM country WHERE lldc = 1;
INSERT INTO country_group_member (country_code, country_group, valid_from)
    SELECT code, 'SIDS', DATE '1971-01-01' FROM country WHERE sids = 1;
