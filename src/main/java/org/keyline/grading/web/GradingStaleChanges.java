package org.keyline.grading.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.keyline.grading.CriterionInput;
import org.keyline.grading.GradingScheme;
import org.keyline.grading.TierInput;

/**
 * What someone else saved while this director was editing a criterion or the tiers: who,
 * when, and every field where the saved value differs from what was typed. The form keeps
 * what was typed.
 */
public record GradingStaleChanges(String by, Instant at, List<Change> changes) {

	/**
	 * A field whose saved value differs from the typed one; enum values come as message
	 * keys.
	 */
	public record Change(String labelKey, String saved, String savedKey, String typed, String typedKey) {
	}

	static GradingStaleChanges criterion(String by, Instant at, GradingScheme.Criterion saved, CriterionForm typed) {
		List<Change> changes = new ArrayList<>();
		text(changes, "grading.field.name", saved.name(), typed.getName());
		text(changes, "grading.field.description", saved.description(), typed.getDescription());
		text(changes, "grading.field.weight", CriterionForm.plain(saved.weight()).toPlainString(),
				(typed.getWeight() != null) ? CriterionForm.plain(typed.getWeight()).toPlainString() : null);
		key(changes, "grading.field.kind", "grading.kind.", saved.kind(), typed.getKind());
		key(changes, "grading.field.metric", "grading.metric.", saved.metric(), typed.getMetric());
		text(changes, "grading.field.bands", bands(saved.bands()), typedBands(typed));
		Map<Integer, String> typedGuidance = typed.guidance();
		for (int level = 1; level <= 5; level++) {
			text(changes, "grading.field.guidance" + level, saved.guidance().get(level), typedGuidance.get(level));
		}
		return new GradingStaleChanges(by, at, changes);
	}

	static GradingStaleChanges tiers(String by, Instant at, List<GradingScheme.Tier> saved, List<TierInput> typed) {
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < Math.max(saved.size(), typed.size()); i++) {
			String theirs = (i < saved.size()) ? tier(saved.get(i)) : null;
			String mine = (i < typed.size()) ? tier(typed.get(i)) : null;
			text(changes, "grading.tiers.stale.row" + (i + 1), theirs, mine);
		}
		return new GradingStaleChanges(by, at, changes);
	}

	private static String tier(GradingScheme.Tier tier) {
		return tier(new TierInput(tier.name(), tier.threshold(), tier.reviewCadenceDays(), tier.sponsorRequired(),
				tier.agreedPlanRequired(), tier.interactionTargetDays()));
	}

	private static String tier(TierInput tier) {
		return Objects.toString(tier.name(), "") + " · ≥ "
				+ ((tier.threshold() != null) ? CriterionForm.plain(tier.threshold()).toPlainString() : "?") + " · "
				+ Objects.toString(tier.reviewCadenceDays(), "?") + " d · " + (tier.sponsorRequired() ? "sponsor" : "-")
				+ " · " + (tier.agreedPlanRequired() ? "plan" : "-") + " · "
				+ Objects.toString(tier.interactionTargetDays(), "?") + " d";
	}

	private static String bands(List<GradingScheme.Band> bands) {
		return bands.stream()
			.map((b) -> "≥ " + CriterionForm.plain(b.lowerBound()).toPlainString() + " → " + b.score())
			.collect(Collectors.joining("; "));
	}

	private static String typedBands(CriterionForm typed) {
		return typed.getBands()
			.stream()
			.filter((b) -> !b.isBlank())
			.map((b) -> "≥ "
					+ ((b.getLowerBound() != null) ? CriterionForm.plain(b.getLowerBound()).toPlainString() : "?")
					+ " → " + Objects.toString(b.getScore(), "?"))
			.collect(Collectors.joining("; "));
	}

	private static void text(List<Change> changes, String label, String saved, String typed) {
		if (!Objects.equals(normal(saved), normal(typed))) {
			changes.add(new Change(label, normal(saved), null, normal(typed), null));
		}
	}

	private static void key(List<Change> changes, String label, String prefix, Enum<?> saved, Enum<?> typed) {
		if (saved != typed) {
			changes.add(new Change(label, null, (saved != null) ? prefix + saved.name() : "grading.none", null,
					(typed != null) ? prefix + typed.name() : "grading.none"));
		}
	}

	private static String normal(String value) {
		return (value == null) ? "" : value.trim();
	}

}
