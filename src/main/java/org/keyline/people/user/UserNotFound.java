package org.keyline.people.user;

/**
 * No user has the id that was asked for.
 */
public class UserNotFound extends RuntimeException {

	public UserNotFound(Long id) {
		super("No user with id " + id);
	}

}
