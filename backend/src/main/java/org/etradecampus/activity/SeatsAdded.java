package org.etradecampus.activity;

/** Published inside the transaction that raised an activity's capacity while people were waiting. */
public record SeatsAdded(Activity activity) {
}
