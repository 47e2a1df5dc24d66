-- UN M49 geography. Rows come from V2 (a Java migration reading reference/m49-countries.csv).
CREATE TABLE region (
    code        VARCHAR(3)   NOT NULL,
    level       VARCHAR(12)  NOT NULL,
    parent_code VARCHAR(3)   NULL,
    name_en     VARCHAR(100) NOT NULL,
    name_fr     VARCHAR(100) NOT NULL,
    name_es     VARCHAR(100) NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE country (
    code                     CHAR(2)      NOT NULL,
    iso3                     CHAR(3)      NOT NULL,
    m49                      CHAR(3)      NOT NULL,
    name_en                  VARCHAR(100) NOT NULL,
    name_fr                  VARCHAR(100) NOT NULL,
    name_es                  VARCHAR(100) NOT NULL,
    region_code              VARCHAR(3)   NULL,
    subregion_code           VARCHAR(3)   NULL,
    intermediate_region_code VARCHAR(3)   NULL,
    ldc                      TINYINT(1)   NOT NULL DEFAULT 0,
    lldc                     TINYINT(1)   NOT NULL DEFAULT 0,
    sids                     TINYINT(1)   NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    UNIQUE KEY uk_country_m49 (m49),
    UNIQUE KEY uk_country_iso3 (iso3),
    CONSTRAINT fk_country_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_country_subregion FOREIGN KEY (subregion_code) REFERENCES region (code)
);
