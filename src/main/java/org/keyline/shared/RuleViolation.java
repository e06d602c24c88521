package org.keyline.shared;

/**
 * A change breaks a business rule. It names the form field the rule belongs to and the
 * message key that explains it, so that the page can show it next to that field. Nothing
 * was saved.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	public RuleViolation(String field, String messageKey) {
		super(messageKey + " on " + field);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
