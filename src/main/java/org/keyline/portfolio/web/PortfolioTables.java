package org.keyline.portfolio.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.keyline.portfolio.Portfolio;
import org.keyline.portfolio.Portfolio.CoverageSummary;

import org.springframework.context.MessageSource;

/**
 * The dashboard's tables as rows of plain values, for the CSV downloads: the same columns
 * as the page shows.
 */
class PortfolioTables {

	/** Every table of the dashboard, by its name in the URL. */
	enum Table {

		TIERS("tiers", "tier", "accounts", "accountShare", "revenue", "revenueShare"),
		CONCENTRATION("concentration", "top", "accounts", "revenue", "revenueShare"),
		PARETO("pareto", "largest", "accountShare", "revenueShare"),
		MARGIN("margin", "tier", "revenue", "margin", "marginPercent", "lossMaking"),
		LOSS_MAKING("loss-making", "account", "tier", "owner", "revenue", "margin", "marginPercent"),
		WALLET("wallet", "tier", "accounts", "walletRecorded", "walletAverage", "walletWeighted"),
		COMPLIANCE("compliance", "tier", "accounts", "reviewOverdue", "noSponsor", "noPlan", "interactionGap", "met"),
		COVERAGE("coverage", "gap", "accountsWithGap", "accountShare"),
		COVERAGE_ACCOUNTS("coverage-accounts", "account", "owner", "uncovered", "levels", "single", "cold", "gaps"),
		MOVES("moves", "from", "to", "direction", "moves"),
		MOVE_LIST("tier-moves", "changedOn", "account", "from", "to", "direction", "cause");

		private final String fileName;

		private final List<String> columns;

		Table(String fileName, String... columns) {
			this.fileName = fileName;
			this.columns = List.of(columns);
		}

		String fileName() {
			return this.fileName;
		}

		static Table byName(String name) {
			return Arrays.stream(values()).filter((t) -> t.fileName.equals(name)).findFirst().orElse(null);
		}

	}

	private final MessageSource messages;

	private final Locale locale;

	PortfolioTables(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	List<String> headers(Table table) {
		return table.columns.stream().map((c) -> msg("portfolio.col." + c)).toList();
	}

	List<List<Object>> rows(Table table, Portfolio p) {
		List<List<Object>> rows = new ArrayList<>();
		switch (table) {
			case TIERS -> p.tiers()
				.forEach((t) -> rows
					.add(row(tier(t.name()), t.accounts(), t.accountShare(), t.revenue(), t.revenueShare())));
			case CONCENTRATION -> p.concentration()
				.top()
				.forEach((t) -> rows.add(row(msg("portfolio.top", t.top()), t.accounts(), t.revenue(), t.share())));
			case PARETO -> p.concentration()
				.curve()
				.forEach((c) -> rows.add(row(c.accounts(), c.accountShare(), c.revenueShare())));
			case MARGIN -> p.tiers()
				.forEach((t) -> rows
					.add(row(tier(t.name()), t.revenue(), t.margin(), t.marginPercent(), t.lossMaking())));
			case LOSS_MAKING -> p.lossMakers()
				.forEach((l) -> rows
					.add(row(l.name(), tier(l.tierName()), l.ownerName(), l.revenue(), l.margin(), l.marginPercent())));
			case WALLET -> p.tiers()
				.forEach((t) -> rows
					.add(row(tier(t.name()), t.accounts(), t.walletRecorded(), t.walletAverage(), t.walletWeighted())));
			case COMPLIANCE -> p.compliance()
				.forEach((c) -> rows.add(row(c.name(), c.accounts(), c.reviewOverdue(), c.noSponsor(), c.noAgreedPlan(),
						c.interactionGap(), c.met())));
			case COVERAGE -> {
				CoverageSummary s = p.coverage();
				BigDecimal all = BigDecimal.valueOf(s.accounts());
				rows.add(row(msg("portfolio.col.uncovered"), s.uncoveredDecisionMakers(),
						Portfolio.percent(BigDecimal.valueOf(s.uncoveredDecisionMakers()), all)));
				rows.add(row(msg("portfolio.col.levels"), s.levelNotReached(),
						Portfolio.percent(BigDecimal.valueOf(s.levelNotReached()), all)));
				rows.add(row(msg("portfolio.col.single"), s.singleThreaded(),
						Portfolio.percent(BigDecimal.valueOf(s.singleThreaded()), all)));
				rows.add(row(msg("portfolio.col.cold"), s.goingCold(),
						Portfolio.percent(BigDecimal.valueOf(s.goingCold()), all)));
				rows.add(row(msg("portfolio.coverage.any"), s.anyGap(),
						Portfolio.percent(BigDecimal.valueOf(s.anyGap()), all)));
			}
			case COVERAGE_ACCOUNTS -> p.coverageAccounts()
				.forEach((c) -> rows.add(row(c.name(), c.ownerName(), c.uncoveredDecisionMakers(), c.levelsNotReached(),
						c.singleThreaded(), c.goingCold(), c.gaps())));
			case MOVES -> p.moveCounts()
				.forEach((m) -> rows.add(row(tier(m.fromTier()), tier(m.toTier()),
						msg("portfolio.direction." + m.direction()), m.moves())));
			case MOVE_LIST -> p.moves()
				.forEach((m) -> rows.add(row(m.changedOn(), m.name(), tier(m.fromTier()), tier(m.toTier()),
						msg("portfolio.direction." + m.direction()), msg("tierHistory.cause." + m.cause()))));
		}
		return rows;
	}

	private String tier(String name) {
		return (name != null) ? name : msg("portfolio.notKey");
	}

	private static List<Object> row(Object... values) {
		List<Object> row = new ArrayList<>();
		for (Object v : values) {
			row.add((v instanceof BigDecimal d) ? d.toPlainString() : (v != null) ? v.toString() : "");
		}
		return row;
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

}
