package org.keyline.grading;

/**
 * What a derived criterion is scored on: data Keyline holds about the account.
 */
public enum Metric {

	/** Revenue of the latest fiscal year, in the company currency. */
	REVENUE,
	/** Gross margin of the latest fiscal year in % of its revenue. */
	MARGIN_PERCENT,
	/** Our revenue in % of the customer's spend in our category. */
	SHARE_OF_WALLET,
	/** Revenue against the fiscal year before, in %. */
	REVENUE_GROWTH,
	/** How strategic our product is to their business, 1 to 5. */
	STRATEGIC_IMPORTANCE,
	/** How easy it is to do business together, 1 to 5. */
	EASE_OF_BUSINESS,
	/** The partner-or-vendor ladder: commodity supplier 1 to strategic partner 5. */
	RELATIONSHIP_LEVEL,
	/**
	 * Relationship coverage: current decision makers and influencers whom one of our
	 * people knows at working strength or better, in %.
	 */
	RELATIONSHIP_COVERAGE

}
