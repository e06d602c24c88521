package org.keyline.account;

/**
 * The viewer may see the account but not do this to it (for example a team member
 * changing the economics): answers 403.
 */
public class AccountActionRefused extends RuntimeException {

	public AccountActionRefused(String action) {
		super("Not allowed: " + action);
	}

}
