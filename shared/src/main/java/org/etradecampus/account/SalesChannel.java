package org.etradecampus.account;

import io.micronaut.serde.annotation.Serdeable;

/** Where a business sells online; reports count businesses per channel. */
@Serdeable
public enum SalesChannel {
    OWN_WEBSITE,
    MARKETPLACE,
    SOCIAL_MEDIA,
    MESSAGING_APPS,
    OTHER
}
