package org.keyline.relationship;

/**
 * How we interacted with the customer.
 */
public enum InteractionKind {

	MEETING, CALL, EMAIL, VISIT

}
