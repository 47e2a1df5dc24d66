package org.etradecampus.directory;

/** Contact details a listing may show; only those its owner chose are ever sent to others. */
public enum ContactField {
    EMAIL,
    PHONE,
    WEBSITE,
    MARKETPLACES
}
