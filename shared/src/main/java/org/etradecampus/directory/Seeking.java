package org.etradecampus.directory;

/** What a business looks for in the network. */
public enum Seeking {
    PARTNERS,
    SUPPLIERS,
    EXPORT_MARKETS,
    CUSTOMERS,
    INVESTORS,
    MENTORS
}
