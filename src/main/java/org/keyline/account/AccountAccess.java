package org.keyline.account;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which account.
 *
 * <p>
 * Directors see and change every account. Anyone else sees the accounts they own, the
 * accounts whose team they currently belong to, and the accounts they mentor; an
 * administrator who holds no other role sees none. Changing the profile is for directors,
 * the owner and current team members; economics, team and archiving for directors and the
 * owner; owners and mentors are assigned by directors.
 */
@Component
class AccountAccess {

	/**
	 * The SQL condition on {@code a} (account_account) for what {@code :viewerId} may
	 * see.
	 */
	static String visibleTo(Viewer viewer) {
		return visibleTo(viewer, "a");
	}

	/** {@link #visibleTo(Viewer)} for the account table under another alias. */
	static String visibleTo(Viewer viewer, String alias) {
		if (!viewer.worksWithAccounts()) {
			return "false";
		}
		if (seesEveryAccount(viewer)) {
			return "true";
		}
		return "(" + alias + ".owner_id = :viewerId or " + currentMember(alias) + " or " + mentor(alias) + ")";
	}

	/** The SQL condition that {@code :viewerId} is on the team of {@code alias} today. */
	static String currentMember(String alias) {
		return "exists (select 1 from account_team_member t where t.account_id = " + alias + ".id "
				+ "and t.user_id = :viewerId and t.joined_on <= :today and (t.left_on is null or t.left_on >= :today))";
	}

	/** The SQL condition that {@code :viewerId} mentors {@code alias}. */
	static String mentor(String alias) {
		return "exists (select 1 from account_mentor m where m.account_id = " + alias
				+ ".id and m.mentor_id = :viewerId)";
	}

	/** Whether {@link #visibleTo} is {@code true} for this viewer: a director. */
	static boolean seesEveryAccount(Viewer viewer) {
		return viewer.worksWithAccounts() && viewer.isDirector();
	}

	static final String CURRENT_MEMBER = currentMember("a");

	static final String MENTOR = mentor("a");

	private final JdbcClient jdbc;

	AccountAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How the viewer relates to one account; {@link Relation#NONE} when they may not see
	 * it.
	 */
	Relation relationTo(long accountId, Viewer viewer, LocalDate today) {
		if (!viewer.worksWithAccounts()) {
			return Relation.NONE;
		}
		return this.jdbc
			.sql("select a.owner_id = :viewerId as owner, " + CURRENT_MEMBER + " as member, " + MENTOR
					+ " as mentor from account_account a where a.id = :id")
			.param("viewerId", viewer.userId())
			.param("today", today)
			.param("id", accountId)
			.query((rs, row) -> new Relation(true, viewer.isDirector(), rs.getBoolean("owner"), rs.getBoolean("member"),
					rs.getBoolean("mentor")))
			.optional()
			.filter(Relation::visible)
			.orElse(Relation.NONE);
	}

	/**
	 * The viewer's relation to an account that exists.
	 */
	record Relation(boolean exists, boolean director, boolean owner, boolean member, boolean mentor) {

		static final Relation NONE = new Relation(false, false, false, false, false);

		boolean visible() {
			return this.exists && (this.director || this.owner || this.member || this.mentor);
		}

		AccountDetails.Permissions permissions() {
			boolean ownerOrDirector = this.director || this.owner;
			return new AccountDetails.Permissions(ownerOrDirector || this.member, ownerOrDirector, ownerOrDirector,
					this.director, ownerOrDirector, this.director);
		}

	}

}
