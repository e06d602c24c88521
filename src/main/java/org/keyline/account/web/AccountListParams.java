package org.keyline.account.web;

import org.keyline.account.AccountFilter;
import org.keyline.account.AccountSort;

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
		return AccountFilter.of(this.q, this.industry, this.region, this.stage, this.owner, this.loss, this.archived);
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

}
