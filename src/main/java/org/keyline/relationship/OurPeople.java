package org.keyline.relationship;

/**
 * Who "our people" on an account are, for coverage and the relationship map: the
 * account's owner (the key account manager, who is not listed on the team) and everyone
 * on the team today. Links of former team members and of a former owner stay as history
 * but no longer cover anyone. {@link CoverageAnalysis#rules(boolean)} writes the same
 * definition set-based, for every account at once.
 */
final class OurPeople {

	/**
	 * A CTE body with {@code user_id}, {@code owner} and {@code role} (null for the
	 * owner), one row per membership; needs {@code :accountId} and {@code :today}.
	 */
	static final String MEMBERSHIPS = """
			select a.owner_id as user_id, true as owner, cast(null as varchar) as role
			from account_account a where a.id = :accountId
			union all
			select t.user_id, false, t.role from account_team_member t
			where t.account_id = :accountId and t.joined_on <= :today and (t.left_on is null or t.left_on >= :today)""";

	/** A CTE body with one {@code user_id} per person. */
	static final String IDS = "select distinct user_id from (" + MEMBERSHIPS + ") m";

	private OurPeople() {
	}

}
