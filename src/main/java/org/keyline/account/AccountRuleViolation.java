package org.keyline.account;

/**
 * A change breaks a business rule; it names the form field and the message key. Nothing
 * was saved.
 */
public class AccountRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AccountRuleViolation(String field, String messageKey) {
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
