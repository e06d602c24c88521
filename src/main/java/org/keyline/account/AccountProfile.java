package org.keyline.account;

import java.util.List;

/**
 * Everything about an account that its profile form edits.
 */
public record AccountProfile(String name, Industry industry, Region region, String country, Integer employees,
		String website, Long parentId, LifecycleStage stage, RelationshipLevel relationship, int strategicImportance,
		int easeOfBusiness, AdviceFrequency adviceFrequency, String notes, List<Competitor> competitors) {

	/**
	 * A competitor present at the account and its estimated share of the customer's spend
	 * in our category, in percent (may be unknown).
	 */
	public record Competitor(String name, java.math.BigDecimal shareOfSpend) {
	}

}
