package org.keyline.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keyline.portfolio.Portfolio;
import org.keyline.portfolio.Portfolio.CoverageSummary;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;

/**
 * The data of each chart as JSON, for {@code data-chart} attributes that
 * {@code portfolio.js} draws with Chart.js (no inline script under the
 * Content-Security-Policy). Every series has a label in words, so that the legend says
 * what each colour is.
 *
 * @param tiers accounts and revenue share per tier
 * @param pareto cumulative revenue share against cumulative account share
 * @param margin margin % per tier
 * @param wallet share of wallet per tier
 * @param compliance accounts missing each service per tier
 * @param coverage accounts with each coverage gap
 * @param moves tier moves per from/to pair
 */
// Public so that SpEL can compile the template's ${charts.tiers()}: it compiles calls on
// public types only.
public record PortfolioCharts(String tiers, String pareto, String margin, String wallet, String compliance,
		String coverage, String moves) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static PortfolioCharts of(Portfolio p, MessageSource messages, Locale locale) {
		Messages m = new Messages(messages, locale);
		List<String> tierLabels = p.tiers().stream().map((t) -> m.tier(t.name())).toList();
		List<String> keyTierLabels = p.compliance().stream().map(Portfolio.ComplianceRow::name).toList();

		String tiers = chart("bar", m.get("portfolio.axis.tier"), m.get("portfolio.axis.percent"), tierLabels,
				series(m.get("portfolio.col.accountShare"), p.tiers().stream().map((t) -> t.accountShare()).toList()),
				series(m.get("portfolio.col.revenueShare"), p.tiers().stream().map((t) -> t.revenueShare()).toList()));

		List<Map<String, Object>> points = new ArrayList<>();
		p.concentration().curve().forEach((c) -> {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("x", c.accountShare());
			point.put("y", c.revenueShare());
			points.add(point);
		});
		String pareto = chart("pareto", m.get("portfolio.col.accountShare"), m.get("portfolio.col.revenueShare"),
				List.of(), series(m.get("portfolio.pareto.series"), points));

		String margin = chart("bar", m.get("portfolio.axis.tier"), m.get("portfolio.axis.percent"), tierLabels, series(
				m.get("portfolio.col.marginPercent"), p.tiers().stream().map((t) -> t.marginPercent()).toList()));

		String wallet = chart("bar", m.get("portfolio.axis.tier"), m.get("portfolio.axis.percent"), tierLabels,
				series(m.get("portfolio.col.walletAverage"), p.tiers().stream().map((t) -> t.walletAverage()).toList()),
				series(m.get("portfolio.col.walletWeighted"),
						p.tiers().stream().map((t) -> t.walletWeighted()).toList()));

		String compliance = chart("bar", m.get("portfolio.axis.tier"), m.get("portfolio.axis.accounts"), keyTierLabels,
				series(m.get("portfolio.col.reviewOverdue"),
						p.compliance().stream().map((c) -> (Object) c.reviewOverdue()).toList()),
				series(m.get("portfolio.col.noSponsor"),
						p.compliance().stream().map((c) -> (Object) c.noSponsor()).toList()),
				series(m.get("portfolio.col.noPlan"),
						p.compliance().stream().map((c) -> (Object) c.noAgreedPlan()).toList()),
				series(m.get("portfolio.col.interactionGap"),
						p.compliance().stream().map((c) -> (Object) c.interactionGap()).toList()));

		CoverageSummary s = p.coverage();
		// Sideways bar charts have no title on their label axis: the labels name the
		// bars,
		// and a title would take the room they need.
		String coverage = chart("hbar", m.get("portfolio.axis.accounts"), null,
				List.of(m.get("portfolio.col.uncovered"), m.get("portfolio.col.levels"), m.get("portfolio.col.single"),
						m.get("portfolio.col.cold")),
				series(m.get("portfolio.col.accountsWithGap"),
						List.of(s.uncoveredDecisionMakers(), s.levelNotReached(), s.singleThreaded(), s.goingCold())));

		String moves = chart("hbar", m.get("portfolio.axis.moves"), null,
				p.moveCounts()
					.stream()
					.map((c) -> m.get("portfolio.move.label", m.tier(c.fromTier()), m.tier(c.toTier()),
							m.get("portfolio.direction." + c.direction())))
					.toList(),
				series(m.get("portfolio.col.moves"), p.moveCounts().stream().map((c) -> (Object) c.moves()).toList()));
		return new PortfolioCharts(tiers, pareto, margin, wallet, compliance, coverage, moves);
	}

	private static Map<String, Object> series(String label, List<?> data) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("label", label);
		series.put("data", data);
		return series;
	}

	@SafeVarargs
	private static String chart(String type, String xTitle, String yTitle, List<String> labels,
			Map<String, Object>... series) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("xTitle", xTitle);
		chart.put("yTitle", yTitle);
		chart.put("labels", labels);
		chart.put("datasets", List.of(series));
		return JSON.writeValueAsString(chart);
	}

	private record Messages(MessageSource source, Locale locale) {

		String get(String key, Object... args) {
			return this.source.getMessage(key, args, key, this.locale);
		}

		String tier(String name) {
			return (name != null) ? name : get("portfolio.notKey");
		}

	}

}
