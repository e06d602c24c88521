package org.keyline.account;

/**
 * No account with this id, or none that the viewer may see: both answer 404, so that an
 * id typed into a URL does not tell whether the account exists.
 */
public class AccountNotFound extends RuntimeException {

	public AccountNotFound(long id) {
		super("No visible account " + id);
	}

}
