package org.keyline.relationship;

/**
 * A contact's level in the customer's organisation.
 */
public enum ContactLevel {

	EXECUTIVE, SENIOR_MANAGEMENT, MIDDLE_MANAGEMENT, TECHNICAL, USER, PURCHASING

}
