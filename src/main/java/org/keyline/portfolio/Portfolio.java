package org.keyline.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The directors' portfolio dashboard for one filter: every figure aggregated in SQL.
 *
 * @param filter the accounts it looks at
 * @param owners everybody who owns an active account (for the owner filter)
 * @param tiers accounts, revenue, margin and share of wallet per tier, best tier first,
 * "not a key account" ({@code position} null) last
 * @param concentration how much of the revenue the largest accounts bring
 * @param lossMakers accounts with a negative margin, worst first (limited)
 * @param lossMakerCount how many accounts lose money in all
 * @param compliance per tier, how many accounts miss each service the tier promises
 * @param coverage how many accounts have each kind of relationship coverage gap
 * @param coverageAccounts the accounts with the most coverage gaps (limited)
 * @param moveCounts tier moves since {@code movesSince}, per from/to pair
 * @param moves the tier moves themselves, newest first (limited)
 * @param moveCount how many tier moves in all
 * @param movesSince the start of the last quarter
 */
public record Portfolio(PortfolioFilter filter, List<Owner> owners, List<TierRow> tiers, Concentration concentration,
		List<LossMaker> lossMakers, long lossMakerCount, List<ComplianceRow> compliance, CoverageSummary coverage,
		List<CoverageAccount> coverageAccounts, List<MoveCount> moveCounts, List<Move> moves, long moveCount,
		LocalDate movesSince) {

	/** The accounts the filter matches. */
	public long accounts() {
		return this.tiers.stream().mapToLong(TierRow::accounts).sum();
	}

	public BigDecimal revenue() {
		return this.tiers.stream().map(TierRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal margin() {
		return this.tiers.stream().map(TierRow::margin).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal marginPercent() {
		return percent(margin(), revenue());
	}

	public boolean empty() {
		return accounts() == 0;
	}

	/** The tiers of the scheme (without "not a key account"). */
	public List<TierRow> keyTiers() {
		return this.tiers.stream().filter((t) -> t.position() != null).toList();
	}

	/** part / whole in %, one decimal; null when the whole is zero. */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

	public record Owner(long id, String name) {
	}

	/**
	 * One tier (position and name null: not a key account).
	 *
	 * @param revenueShare this tier's share of the filtered revenue in %
	 * @param accountShare this tier's share of the filtered accounts in %
	 * @param walletRecorded how many accounts have a share of wallet (category spend
	 * known)
	 * @param walletAverage the plain average share of wallet in %
	 * @param walletWeighted the share of wallet weighted by revenue in %
	 */
	public record TierRow(Integer position, String name, long accounts, BigDecimal revenue, BigDecimal margin,
			long lossMaking, long walletRecorded, BigDecimal walletAverage, BigDecimal walletWeighted,
			BigDecimal revenueShare, BigDecimal accountShare) {

		public BigDecimal marginPercent() {
			return percent(this.margin, this.revenue);
		}

		public boolean key() {
			return this.position != null;
		}

	}

	/**
	 * @param total the filtered accounts' revenue
	 * @param accounts how many accounts
	 * @param top the share of the largest 5, 10 and 20
	 * @param curve the Pareto curve, sampled: (0, 0) and about 20 points to (100, 100)
	 */
	public record Concentration(BigDecimal total, long accounts, List<TopShare> top, List<ParetoPoint> curve) {
	}

	/**
	 * @param top 5, 10 or 20
	 * @param accounts how many accounts that is here (fewer when there are fewer)
	 * @param revenue their revenue
	 * @param share their share of the total in %
	 */
	public record TopShare(int top, long accounts, BigDecimal revenue, BigDecimal share) {
	}

	/**
	 * @param accounts the largest {@code accounts} accounts
	 * @param accountShare their share of the accounts in %
	 * @param revenueShare their share of the revenue in %
	 */
	public record ParetoPoint(long accounts, BigDecimal accountShare, BigDecimal revenueShare) {
	}

	public record LossMaker(long accountId, String name, String tierName, String ownerName, BigDecimal revenue,
			BigDecimal margin) {

		public BigDecimal marginPercent() {
			return percent(this.margin, this.revenue);
		}

	}

	/**
	 * The service a tier promises and how many of its accounts miss each part, as
	 * {@code GradingManagement.serviceCheck} decides it for one account. A count is null
	 * where the tier does not require it.
	 */
	public record ComplianceRow(int position, String name, long accounts, long reviewOverdue, Long noSponsor,
			Long noAgreedPlan, long interactionGap, long met, int interactionTargetDays) {

		public BigDecimal metShare() {
			return percent(BigDecimal.valueOf(this.met), BigDecimal.valueOf(this.accounts));
		}

	}

	/**
	 * How many of the filtered accounts have each kind of gap, as
	 * {@code relationship.CoverageAnalysis} finds them for one account.
	 */
	public record CoverageSummary(long accounts, long uncoveredDecisionMakers, long levelNotReached,
			long singleThreaded, long goingCold, long anyGap, int coldAfterDays) {
	}

	/** One account's coverage gaps, counted per kind. */
	public record CoverageAccount(long accountId, String name, String ownerName, long uncoveredDecisionMakers,
			long levelsNotReached, long singleThreaded, long goingCold) {

		public long gaps() {
			return this.uncoveredDecisionMakers + this.levelsNotReached + this.singleThreaded + this.goingCold;
		}

	}

	/** Whether an account went up or down (to a better tier or a worse one). */
	public enum Direction {

		UP, DOWN, SIDEWAYS

	}

	/** From one tier to another (null: not a key account), how often. */
	public record MoveCount(String fromTier, String toTier, Direction direction, long moves) {
	}

	public record Move(long accountId, String name, String fromTier, String toTier, Direction direction, String cause,
			LocalDate changedOn) {
	}

}
