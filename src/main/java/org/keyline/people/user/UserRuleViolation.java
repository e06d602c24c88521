package org.keyline.people.user;

import org.keyline.shared.RuleViolation;

/**
 * A change to a user breaks a rule; nothing was saved.
 */
public class UserRuleViolation extends RuleViolation {

	public UserRuleViolation(String field, String messageKey) {
		super(field, messageKey);
	}

}
