package org.keyline.portfolio;

import org.keyline.account.Industry;
import org.keyline.account.Region;

/**
 * Which accounts the portfolio dashboard looks at; every part is optional (null: all).
 * Archived accounts never count.
 *
 * @param owner the account owner's user id
 * @param region the account's region
 * @param industry the account's industry
 * @param tier a tier position, or {@link #NOT_KEY} for accounts that are not key accounts
 */
public record PortfolioFilter(Long owner, Region region, Industry industry, Integer tier) {

	/** The tier filter value of accounts that are not key accounts. */
	public static final int NOT_KEY = 0;

	public static PortfolioFilter none() {
		return new PortfolioFilter(null, null, null, null);
	}

	public boolean isEmpty() {
		return this.owner == null && this.region == null && this.industry == null && this.tier == null;
	}

}
