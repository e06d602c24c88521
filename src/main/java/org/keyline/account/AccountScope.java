package org.keyline.account;

/**
 * Which accounts a viewer may see, as SQL for read models of other modules that list
 * things across accounts (reviews due, actions overdue): a condition on the alias
 * {@code a} for {@code account_account}, with the parameters {@code :viewerId} (the
 * viewer's user id) and {@code :today} (the current date) to bind.
 */
public final class AccountScope {

	private AccountScope() {
	}

	/** The SQL condition on {@code a} for the accounts this viewer may see. */
	public static String visibleTo(Viewer viewer) {
		return AccountAccess.visibleTo(viewer);
	}

}
