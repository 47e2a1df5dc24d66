package org.etradecampus.activity;

/** Published inside the cancelling transaction: listeners close what hangs on the activity. */
public record ActivityCancelled(Activity activity) {
}
