package org.keyline.relationship;

/**
 * Someone else saved the contact after this form was opened.
 */
public class StaleContactEdit extends RuntimeException {

	public StaleContactEdit(long contactId) {
		super("Contact " + contactId + " was changed by someone else");
	}

}
