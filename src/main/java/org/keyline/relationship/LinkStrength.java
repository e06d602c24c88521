package org.keyline.relationship;

/**
 * How well one of our people knows a contact: none, acquainted, working relationship,
 * trusted, advocate (speaks for us).
 */
public enum LinkStrength {

	NONE, ACQUAINTED, WORKING, TRUSTED, ADVOCATE;

	/** Working strength or better: the link can carry business. */
	public boolean atLeastWorking() {
		return compareTo(WORKING) >= 0;
	}

}
