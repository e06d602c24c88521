package org.keyline.relationship;

import org.keyline.shared.RuleViolation;

/**
 * A change to a contact or an influence line breaks a business rule; nothing was saved.
 */
public class ContactRuleViolation extends RuleViolation {

	public ContactRuleViolation(String field, String messageKey) {
		super(field, messageKey);
	}

}
