package org.keyline.relationship;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Relationship coverage as one figure per account, for modules that grade or compare
 * accounts in SQL: the share in % of the account's current decision makers and
 * influencers whom at least one of our people (the owner or a current team member) knows
 * at working strength or better. The same people, roles and strengths as the
 * {@link CoverageRule#UNCOVERED_DECISION_MAKER} rule of {@link CoverageAnalysis}: an
 * account at 100 % has no uncovered decision maker. An account without any recorded
 * decision maker or influencer has no figure (null).
 *
 * <p>
 * When the contacts or links behind it change, the relationship module publishes
 * {@link RelationshipsChanged}; a change of team is published by the account module.
 */
public final class DecisionMakerCoverage {

	/**
	 * A select of {@code account_id} and {@code percent} (0 to 100, two decimals), one
	 * row per account with at least one current decision maker or influencer. Needs the
	 * parameters {@code :accountId} (one account, or null for every account) and
	 * {@code :today}.
	 */
	public static final String SQL = """
			select c.account_id,
			    round(100.0 * count(*) filter (where exists (
			        select 1 from relationship_link l
			        join account_account a on a.id = c.account_id
			        where l.contact_id = c.id and l.strength in (%s)
			          and (l.user_id = a.owner_id or exists (
			              select 1 from account_team_member t
			              where t.account_id = c.account_id and t.user_id = l.user_id and t.joined_on <= :today
			                and (t.left_on is null or t.left_on >= :today))))) / count(*), 2) as percent
			from relationship_contact c
			where not c.left_company and c.buying_role in (%s)
			  and (cast(:accountId as bigint) is null or c.account_id = cast(:accountId as bigint))
			group by c.account_id""".formatted(literals(LinkStrength.values(), LinkStrength::atLeastWorking),
			literals(BuyingRole.values(), BuyingRole::decisive));

	private DecisionMakerCoverage() {
	}

	private static <E extends Enum<E>> String literals(E[] values, Predicate<E> which) {
		return Arrays.stream(values)
			.filter(which)
			.map((value) -> "'" + value.name() + "'")
			.collect(Collectors.joining(", "));
	}

}
