package org.keyline.account.web;

import org.keyline.account.AccountFilter;
import org.keyline.account.AccountSort;
import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.Region;

/**
 * The list's filters, sort and page as they travel in the URL, so that a filtered list
 * can be bookmarked, reloaded and reached with the back button. Unknown values are
 * ignored.
 */
public record AccountListParams(String q, String industry, String region, String stage, Long owner, Boolean loss,
		Boolean archived, String sort, String dir, Integer page) {

	public AccountListParams {
		loss = Boolean.TRUE.equals(loss);
		archived = Boolean.TRUE.equals(archived);
		page = (page != null && page > 0) ? page : 0;
	}

	AccountFilter filter() {
		return new AccountFilter(blankToNull(this.q), parse(Industry.class, this.industry),
				parse(Region.class, this.region), parse(LifecycleStage.class, this.stage), this.owner, this.loss,
				this.archived);
	}

	AccountSort sortBy() {
		return AccountSort.parse(this.sort);
	}

	boolean descending() {
		return "desc".equalsIgnoreCase(this.dir);
	}

	public String qOrEmpty() {
		return (this.q != null) ? this.q : "";
	}

	public boolean filtered() {
		AccountFilter filter = filter();
		return filter.text() != null || filter.industry() != null || filter.region() != null || filter.stage() != null
				|| filter.ownerId() != null || filter.lossMaking();
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
