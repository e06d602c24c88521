package org.keyline.account;

/**
 * Someone else saved the account after this form was opened.
 */
public class StaleAccountEdit extends RuntimeException {

	public StaleAccountEdit(long id) {
		super("Account " + id + " was changed by someone else");
	}

}
