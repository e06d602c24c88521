package org.keyline.vision;

import org.keyline.shared.RuleViolation;

/**
 * A change to an assessment, the vision, its feedback or a requirement breaks a business
 * rule; nothing was saved.
 */
public class VisionRuleViolation extends RuleViolation {

	public VisionRuleViolation(String field, String messageKey) {
		super(field, messageKey);
	}

}
