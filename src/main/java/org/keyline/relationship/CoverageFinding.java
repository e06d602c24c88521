package org.keyline.relationship;

import java.time.LocalDate;

/**
 * One gap in the account's coverage, with what fixes it.
 *
 * @param rule the rule that found it
 * @param contactId the contact concerned; for {@link CoverageRule#LEVEL_NOT_REACHED} the
 * most influential contact at that level, or null when there is nobody at that level
 * @param contactName that contact's name, or null
 * @param contactTitle that contact's job title, or null
 * @param level the contact's level; for {@link CoverageRule#LEVEL_NOT_REACHED} the level
 * not reached
 * @param buyingRole the contact's buying role, or null
 * @param attitude the contact's attitude, or null
 * @param userId the one of our people concerned: who alone knows the contact
 * ({@link CoverageRule#SINGLE_THREADED}) or whose link goes cold
 * ({@link CoverageRule#GOING_COLD}); null otherwise
 * @param userName that person's name, or null
 * @param strength that person's link strength, or null
 * @param since the last interaction of a link going cold (null: never); null otherwise
 * @param daysSince how many days ago {@code since} was, or null
 * @param contactsAtLevel for {@link CoverageRule#LEVEL_NOT_REACHED}, how many current
 * contacts that level has; 0 otherwise
 * @param fix what fixes it
 */
public record CoverageFinding(CoverageRule rule, Long contactId, String contactName, String contactTitle,
		ContactLevel level, BuyingRole buyingRole, Attitude attitude, Long userId, String userName,
		LinkStrength strength, LocalDate since, Integer daysSince, int contactsAtLevel, CoverageFix fix) {

	/** For a link going cold: whether it never carried an interaction. */
	public boolean never() {
		return this.rule == CoverageRule.GOING_COLD && this.since == null;
	}

}
