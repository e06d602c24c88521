package org.keyline.vision;

/**
 * Someone else saved the requirement after this form was opened.
 */
public class StaleRequirementEdit extends RuntimeException {

	public StaleRequirementEdit(long requirementId) {
		super("Requirement " + requirementId + " was changed by someone else");
	}

}
