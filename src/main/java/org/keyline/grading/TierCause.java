package org.keyline.grading;

/**
 * Why an account's tier changed.
 */
public enum TierCause {

	FIRST_GRADED, DATA_CHANGED, CRITERIA_CHANGED, OVERRIDE_SET, OVERRIDE_EXPIRED

}
