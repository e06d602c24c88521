package org.keyline.account;

import java.math.BigDecimal;

import org.keyline.shared.Money;

/**
 * One line of the account list: the latest fiscal year's figures and who owns the
 * account.
 */
public record AccountRow(long id, String name, Industry industry, Region region, String country, LifecycleStage stage,
		long ownerId, String ownerName, Integer year, Money revenue, Money margin, BigDecimal marginPercent,
		BigDecimal shareOfWallet, boolean archived) {

	public boolean lossMaking() {
		return this.margin != null && this.margin.isNegative();
	}

}
