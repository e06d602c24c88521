package org.keyline.account;

/**
 * The account list's filter as it travels in the URL ({@code q}, {@code industry},
 * {@code region}, {@code stage}, {@code owner}, {@code loss}, {@code archived}), for
 * pages and exports of other modules that work on "the accounts of this list" (the
 * contacts, interactions and plans exports). Unknown values are ignored.
 */
public record AccountFilterParams(String q, String industry, String region, String stage, Long owner, Boolean loss,
		Boolean archived) {

	public AccountFilter filter() {
		return AccountFilter.of(this.q, this.industry, this.region, this.stage, this.owner, this.loss, this.archived);
	}

}
