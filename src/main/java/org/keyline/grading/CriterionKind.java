package org.keyline.grading;

/**
 * How a criterion is scored: derived from data through bands, or by hand on a 1 to 5
 * scale by the account's manager.
 */
public enum CriterionKind {

	DERIVED, MANUAL

}
