package org.keyline.plan;

/**
 * A plan was submitted for review and these people were asked to sign it off. Published
 * in the transaction that makes it true; Spring Modulith's event publication registry
 * keeps it until every listener has handled it.
 */
public record PlanSubmitted(long accountId, long planId, int versionNo, java.util.List<Long> askedToSign) {
}
