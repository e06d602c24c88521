package org.keyline.account;

import org.keyline.shared.RuleViolation;

/**
 * A change to an account breaks a business rule; nothing was saved.
 */
public class AccountRuleViolation extends RuleViolation {

	public AccountRuleViolation(String field, String messageKey) {
		super(field, messageKey);
	}

}
