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

	/**
	 * The filter as the account list's URL parameters carry it ({@code q},
	 * {@code industry}, {@code region}, {@code stage}, {@code owner}, {@code loss},
	 * {@code archived}): blank or unknown values mean "any", a name part is cut to 200
	 * characters.
	 */
	public static AccountFilter of(String q, String industry, String region, String stage, Long owner, Boolean loss,
			Boolean archived) {
		return new AccountFilter(blankToNull(q), parse(Industry.class, industry), parse(Region.class, region),
				parse(LifecycleStage.class, stage), owner, Boolean.TRUE.equals(loss), Boolean.TRUE.equals(archived));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : ((value.length() > 200) ? value.substring(0, 200) : value);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
