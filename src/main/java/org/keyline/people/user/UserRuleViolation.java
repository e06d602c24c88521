package org.keyline.people.user;

/**
 * A change to a user breaks a rule; it names the form field it belongs to and the message
 * key that explains it to the user. Nothing was saved.
 */
public class UserRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	public UserRuleViolation(String field, String messageKey) {
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
