package org.etradecampus.completion;

/** Published inside the transaction that records someone's completion (not a revoked or withdrawn one). */
public record ActivityCompleted(long activityId, long userId) {
}
