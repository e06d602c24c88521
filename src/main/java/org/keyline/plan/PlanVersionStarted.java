package org.keyline.plan;

/**
 * The objectives of an agreed plan changed: the previous version is kept and this new
 * version starts as a draft. Published in the transaction that makes it true; Spring
 * Modulith's event publication registry keeps it until every listener has handled it.
 */
public record PlanVersionStarted(long accountId, long planId, int versionNo) {
}
