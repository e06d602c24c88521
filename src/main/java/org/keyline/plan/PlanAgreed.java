package org.keyline.plan;

/**
 * A plan version was agreed: signed by everyone asked who is still on the team, or agreed
 * by a director with a written reason (overridden). Published in the transaction that
 * makes it true; Spring Modulith's event publication registry keeps it until every
 * listener has handled it.
 */
public record PlanAgreed(long accountId, long planId, int versionNo, boolean overridden) {
}
