package org.keyline.account;

/**
 * What the account list is filtered by; null or blank means "any".
 *
 * @param text part of the name
 * @param industry the industry
 * @param region the region
 * @param stage the lifecycle stage
 * @param ownerId the owning key account manager
 * @param lossMaking only accounts whose latest year lost money
 * @param archived show archived accounts instead of active ones
 */
public record AccountFilter(String text, Industry industry, Region region, LifecycleStage stage, Long ownerId,
		boolean lossMaking, boolean archived) {

	public static AccountFilter none() {
		return new AccountFilter(null, null, null, null, null, false, false);
	}

}
