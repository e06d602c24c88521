package org.keyline.account.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A competitor present at an account, with its estimated share of the customer's spend.
 */
@Embeddable
public class CompetitorPresence {

	@Column(name = "name", nullable = false, length = 100)
	private String name;

	@Column(name = "share_of_spend", precision = 5, scale = 2)
	private BigDecimal shareOfSpend;

	protected CompetitorPresence() {
	}

	CompetitorPresence(String name, BigDecimal shareOfSpend) {
		this.name = name;
		this.shareOfSpend = shareOfSpend;
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getShareOfSpend() {
		return this.shareOfSpend;
	}

}
