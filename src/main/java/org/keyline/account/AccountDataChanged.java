package org.keyline.account;

/**
 * An account was created, or its profile or economics changed: modules that derive
 * something from its data (the grading) look at it again. Published in the transaction
 * that made the change.
 */
public record AccountDataChanged(long accountId) {
}
