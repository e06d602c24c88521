package org.keyline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of a plan as it stood: its title, horizon, objectives, strategies and
 * actions. Kept as JSON in {@code plan_version} when an agreed plan starts a new version;
 * built from the live rows for the current version.
 */
public record PlanSnapshot(String title, int horizonFrom, int horizonTo, List<SnapObjective> objectives) {

	static PlanSnapshot of(String title, int horizonFrom, int horizonTo, List<PlanView.ObjectiveView> objectives) {
		return new PlanSnapshot(title, horizonFrom, horizonTo, objectives.stream()
			.map((o) -> new SnapObjective(o.id(), o.title(), o.metric(), o.unit(), o.baseline(), o.target(),
					o.targetOn(), o.latestValue(), o.latestOn(),
					o.strategies()
						.stream()
						.map((s) -> new SnapStrategy(s.id(), s.description(), s.actions()
							.stream()
							.map((a) -> new SnapAction(a.id(), a.description(), a.ownerName(), a.dueOn(), a.status()))
							.toList()))
						.toList()))
			.toList());
	}

	public record SnapObjective(long id, String title, String metric, String unit, BigDecimal baseline,
			BigDecimal target, LocalDate targetOn, BigDecimal latestValue, LocalDate latestOn,
			List<SnapStrategy> strategies) {
	}

	public record SnapStrategy(long id, String description, List<SnapAction> actions) {
	}

	public record SnapAction(long id, String description, String ownerName, LocalDate dueOn, ActionStatus status) {
	}

}
