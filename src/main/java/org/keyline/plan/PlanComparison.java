package org.keyline.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keyline.plan.PlanSnapshot.SnapObjective;
import org.keyline.plan.PlanSnapshot.SnapStrategy;

/**
 * Two versions of a plan side by side: each objective of either, matched by identity (an
 * objective keeps its id from version to version), with what changed between them.
 */
public record PlanComparison(long planId, Side left, Side right, boolean titleChanged, boolean horizonChanged,
		List<ObjectiveDiff> objectives) {

	/** One of the two versions compared. */
	public record Side(int versionNo, PlanStatus status, boolean current, PlanSnapshot plan) {
	}

	public enum Change {

		ADDED, REMOVED, CHANGED, SAME

	}

	/**
	 * An objective in the left version, the right version or both; {@code changedFields}
	 * names what differs (title, metric, unit, baseline, target, targetOn).
	 */
	public record ObjectiveDiff(Change change, SnapObjective left, SnapObjective right, List<String> changedFields,
			List<StrategyDiff> strategies) {

		public boolean changed(String field) {
			return this.changedFields.contains(field);
		}

	}

	public record StrategyDiff(Change change, SnapStrategy left, SnapStrategy right) {
	}

	/** Compares {@code left} (usually the older) with {@code right}. */
	public static PlanComparison of(long planId, Side left, Side right) {
		Map<Long, SnapObjective> rights = new LinkedHashMap<>();
		right.plan().objectives().forEach((o) -> rights.put(o.id(), o));
		List<ObjectiveDiff> diffs = new ArrayList<>();
		for (SnapObjective l : left.plan().objectives()) {
			SnapObjective r = rights.remove(l.id());
			if (r == null) {
				diffs.add(new ObjectiveDiff(Change.REMOVED, l, null, List.of(), strategies(l.strategies(), List.of())));
			}
			else {
				List<String> fields = changedFields(l, r);
				List<StrategyDiff> strategies = strategies(l.strategies(), r.strategies());
				boolean same = fields.isEmpty() && strategies.stream().allMatch((s) -> s.change() == Change.SAME);
				diffs.add(new ObjectiveDiff(same ? Change.SAME : Change.CHANGED, l, r, fields, strategies));
			}
		}
		rights.values()
			.forEach((r) -> diffs
				.add(new ObjectiveDiff(Change.ADDED, null, r, List.of(), strategies(List.of(), r.strategies()))));
		return new PlanComparison(planId, left, right, !Objects.equals(left.plan().title(), right.plan().title()),
				left.plan().horizonFrom() != right.plan().horizonFrom()
						|| left.plan().horizonTo() != right.plan().horizonTo(),
				diffs);
	}

	private static List<String> changedFields(SnapObjective l, SnapObjective r) {
		List<String> fields = new ArrayList<>();
		if (!Objects.equals(l.title(), r.title())) {
			fields.add("title");
		}
		if (!Objects.equals(l.metric(), r.metric())) {
			fields.add("metric");
		}
		if (!Objects.equals(l.unit(), r.unit())) {
			fields.add("unit");
		}
		if (l.baseline().compareTo(r.baseline()) != 0) {
			fields.add("baseline");
		}
		if (l.target().compareTo(r.target()) != 0) {
			fields.add("target");
		}
		if (!Objects.equals(l.targetOn(), r.targetOn())) {
			fields.add("targetOn");
		}
		return fields;
	}

	private static List<StrategyDiff> strategies(List<SnapStrategy> left, List<SnapStrategy> right) {
		Map<Long, SnapStrategy> rights = new LinkedHashMap<>();
		right.forEach((s) -> rights.put(s.id(), s));
		List<StrategyDiff> diffs = new ArrayList<>();
		for (SnapStrategy l : left) {
			SnapStrategy r = rights.remove(l.id());
			if (r == null) {
				diffs.add(new StrategyDiff(Change.REMOVED, l, null));
			}
			else {
				diffs.add(new StrategyDiff(
						Objects.equals(l.description(), r.description()) ? Change.SAME : Change.CHANGED, l, r));
			}
		}
		rights.values().forEach((r) -> diffs.add(new StrategyDiff(Change.ADDED, null, r)));
		return diffs;
	}

}
