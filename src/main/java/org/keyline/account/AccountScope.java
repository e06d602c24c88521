package org.keyline.account;

import java.time.LocalDate;
import java.util.Map;

/**
 * Which accounts a viewer may see, as SQL for read models of other modules that list
 * things across accounts (reviews due, actions overdue): a condition on the alias
 * {@code a} for {@code account_account}, with the parameters {@code :viewerId} (the
 * viewer's user id) and {@code :today} (the current date) to bind.
 */
public final class AccountScope {

	private AccountScope() {
	}

	/**
	 * Whether this viewer sees every account ({@link #visibleTo} is then {@code true}): a
	 * query may leave out the join to {@code account_account} that only served the
	 * condition.
	 */
	public static boolean coversEveryAccount(Viewer viewer) {
		return AccountAccess.seesEveryAccount(viewer);
	}

	/** The SQL condition on {@code a} for the accounts this viewer may see. */
	public static String visibleTo(Viewer viewer) {
		return AccountAccess.visibleTo(viewer);
	}

	/**
	 * The SQL condition on {@code a} for the accounts of the account list with this
	 * filter (the accounts this viewer may see, active or archived as the filter says),
	 * putting every parameter it needs into {@code params}, {@code :viewerId} and
	 * {@code :today} included.
	 */
	public static String matching(AccountFilter filter, Viewer viewer, LocalDate today, Map<String, Object> params) {
		return AccountQueries.where(filter, viewer, today, params);
	}

	/**
	 * The SQL condition on {@code a} for the accounts this viewer works on (director,
	 * owner, current team member), as opposed to only reading them (mentor): what
	 * {@link AccountRef#contributes()} says for one account.
	 */
	public static String workedOnBy(Viewer viewer) {
		if (viewer.isDirector()) {
			return "true";
		}
		if (!viewer.worksWithAccounts()) {
			return "false";
		}
		return "(a.owner_id = :viewerId or " + AccountAccess.CURRENT_MEMBER + ")";
	}

}
