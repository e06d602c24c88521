package org.keyline.account;

/**
 * Where the relationship is in the long-term cycle.
 */
public enum LifecycleStage {

	PRE_SALES, CONTRACT_NEGOTIATION, IMPLEMENTATION, REVIEW, EXPLOITATION

}
