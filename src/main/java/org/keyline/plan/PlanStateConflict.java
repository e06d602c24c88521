package org.keyline.plan;

/**
 * A change the plan's state does not allow now (submitting a plan that is in review,
 * signing a plan one was not asked to sign, changing a closed plan...). The message key
 * explains why; nothing changed.
 */
public class PlanStateConflict extends RuntimeException {

	private final String messageKey;

	public PlanStateConflict(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
