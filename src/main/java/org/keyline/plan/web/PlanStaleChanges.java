package org.keyline.plan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.keyline.plan.ActionOwner;
import org.keyline.plan.PlanView;

/**
 * What someone else saved while this person was editing part of a plan: who, when, and
 * every field where the saved value differs from what was typed. The form keeps what was
 * typed. Same shape as the other modules' stale-edit explanations, for the shared
 * {@code fragments/forms :: staleChanges} fragment.
 */
public record PlanStaleChanges(String by, Instant at, List<Change> changes) {

	public record Change(String labelKey, String saved, String savedKey, String typed, String typedKey) {
	}

	static PlanStaleChanges ofPlan(PlanForm mine, PlanView saved) {
		List<Change> changes = new ArrayList<>();
		text(changes, "plan.field.title", saved.title(), mine.getTitle());
		text(changes, "plan.field.horizonFrom", String.valueOf(saved.horizonFrom()), str(mine.getHorizonFrom()));
		text(changes, "plan.field.years", String.valueOf(saved.years()), str(mine.getYears()));
		return new PlanStaleChanges(saved.updatedBy(), saved.updatedAt(), changes);
	}

	static PlanStaleChanges ofObjective(ObjectiveForm mine, PlanView.ObjectiveView saved) {
		List<Change> changes = new ArrayList<>();
		text(changes, "objective.field.title", saved.title(), mine.getTitle());
		text(changes, "objective.field.metric", saved.metric(), mine.getMetric());
		text(changes, "objective.field.unit", saved.unit(), mine.getUnit());
		text(changes, "objective.field.baseline", num(saved.baseline()), num(mine.getBaseline()));
		text(changes, "objective.field.target", num(saved.target()), num(mine.getTarget()));
		text(changes, "objective.field.targetOn", str(saved.targetOn()), str(mine.getTargetOn()));
		return new PlanStaleChanges(saved.updatedBy(), saved.updatedAt(), changes);
	}

	static PlanStaleChanges ofAction(ActionForm mine, PlanView.ActionView saved, List<ActionOwner> owners) {
		List<Change> changes = new ArrayList<>();
		text(changes, "action.field.description", saved.description(), mine.getDescription());
		text(changes, "action.field.owner", saved.ownerName(), nameOf(owners, mine.getOwnerId()));
		text(changes, "action.field.dueOn", str(saved.dueOn()), str(mine.getDueOn()));
		return new PlanStaleChanges(saved.updatedBy(), saved.updatedAt(), changes);
	}

	private static String nameOf(List<ActionOwner> owners, Long id) {
		return owners.stream()
			.filter((o) -> id != null && o.userId() == id)
			.map(ActionOwner::name)
			.findFirst()
			.orElse("");
	}

	private static String num(BigDecimal value) {
		return (value == null) ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String str(Object value) {
		return (value == null) ? "" : value.toString();
	}

	private static void text(List<Change> changes, String label, String saved, String typed) {
		String s = (saved == null) ? "" : saved.trim();
		String t = (typed == null) ? "" : typed.trim();
		if (!Objects.equals(s, t)) {
			changes.add(new Change(label, s, null, t, null));
		}
	}

}
