-- The network directory (issue 8): a member's business listing, published only with her consent
-- (published = 1) and showing only the contact details she chose (shown). Withdrawing consent
-- unpublishes it at once; deleting it removes the row.
CREATE TABLE business_listing (
    user_id       BIGINT        NOT NULL PRIMARY KEY,
    published     BOOLEAN       NOT NULL,
    first_published_at TIMESTAMP NULL,
    business_name VARCHAR(200)  NOT NULL,
    sector        VARCHAR(100)  NULL,
    country_code  VARCHAR(2)    NULL,
    languages     VARCHAR(100)  NOT NULL,
    website       VARCHAR(300)  NULL,
    marketplaces  VARCHAR(1000) NOT NULL,
    offers        VARCHAR(2000) NULL,
    seeks         VARCHAR(200)  NOT NULL,
    women_led     BOOLEAN       NOT NULL,
    contact_email VARCHAR(254)  NULL,
    contact_phone VARCHAR(40)   NULL,
    shown         VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    KEY ix_business_listing_search (published, country_code),
    KEY ix_business_listing_first (published, first_published_at)
);

-- A member's message to a listed business. The business sees the sender's name and country, never
-- her address, until it replies; the reply goes to the sender by e-mail with the business's address.
CREATE TABLE contact_request (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_id  BIGINT        NOT NULL,
    sender_id    BIGINT        NOT NULL,
    message      VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    reply        VARCHAR(2000) NULL,
    replied_at   TIMESTAMP     NULL,
    KEY ix_contact_request_business (business_id, id),
    KEY ix_contact_request_sender (sender_id, created_at)
);
