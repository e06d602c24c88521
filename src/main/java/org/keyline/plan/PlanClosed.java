package org.keyline.plan;

/**
 * A plan was closed. Published in the transaction that makes it true; Spring Modulith's
 * event publication registry keeps it until every listener has handled it.
 */
public record PlanClosed(long accountId, long planId, int versionNo) {
}
