package org.keyline.people.user;

/**
 * Someone else saved the user after the form was opened. Carries what they saved, so that
 * the form can explain the other change and keep what was typed.
 */
public class StaleUserEdit extends RuntimeException {

	private final UserView current;

	public StaleUserEdit(UserView current) {
		super("User " + current.id() + " was changed by someone else");
		this.current = current;
	}

	public UserView current() {
		return this.current;
	}

}
