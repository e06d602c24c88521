package org.keyline.plan;

/**
 * An agreed plan is now monitored. Published in the transaction that makes it true;
 * Spring Modulith's event publication registry keeps it until every listener has handled
 * it.
 */
public record PlanActivated(long accountId, long planId, int versionNo) {
}
