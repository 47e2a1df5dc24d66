-- E-mails are written here in the transaction that causes them and sent afterwards by whichever
-- instance claims them first, so a send can neither block nor break an enrolment, nor be lost.
CREATE TABLE outbox_email (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(40)   NULL,
    claimed_until   DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_outbox_due (status, next_attempt_at)
);
