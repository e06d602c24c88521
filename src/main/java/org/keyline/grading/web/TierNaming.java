package org.keyline.grading.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.keyline.grading.GradingScheme;

/**
 * The ready-made naming schemes a director can start from, each with sensible thresholds
 * and service; {@code CUSTOM} is any other set of names.
 */
enum TierNaming {

	OLYMPIC(List.of(new Preset("Gold", "70", 60, true, true, 14), new Preset("Silver", "50", 90, false, true, 30),
			new Preset("Bronze", "30", 180, false, false, 60))),

	FOOTBALL(List.of(new Preset("Premier", "70", 60, true, true, 14),
			new Preset("First Division", "50", 90, false, true, 30),
			new Preset("Second Division", "30", 180, false, false, 60))),

	AIRLINE(List.of(new Preset("First Class", "80", 45, true, true, 14), new Preset("Club", "60", 60, true, true, 21),
			new Preset("Economy", "40", 120, false, true, 45), new Preset("Standby", "25", 180, false, false, 90))),

	CUSTOM(List.of());

	private final List<Preset> tiers;

	TierNaming(List<Preset> tiers) {
		this.tiers = tiers;
	}

	List<Preset> tiers() {
		return this.tiers;
	}

	/** The preset whose names these are, in this order (any case), or {@code CUSTOM}. */
	static TierNaming of(List<String> names) {
		for (TierNaming naming : values()) {
			if (naming != CUSTOM && naming.tiers.size() == names.size()) {
				boolean same = true;
				for (int i = 0; i < names.size(); i++) {
					same &= naming.tiers.get(i)
						.name()
						.toLowerCase(Locale.ROOT)
						.equals(names.get(i).toLowerCase(Locale.ROOT));
				}
				if (same) {
					return naming;
				}
			}
		}
		return CUSTOM;
	}

	static TierNaming parse(String value) {
		for (TierNaming naming : values()) {
			if (naming.name().equals(value)) {
				return naming;
			}
		}
		return CUSTOM;
	}

	/** A tier of a preset. */
	record Preset(String name, String threshold, int reviewCadenceDays, boolean sponsorRequired,
			boolean agreedPlanRequired, int interactionTargetDays) {

		GradingScheme.Tier asTier(int position) {
			return new GradingScheme.Tier(position, this.name, new BigDecimal(this.threshold), this.reviewCadenceDays,
					this.sponsorRequired, this.agreedPlanRequired, this.interactionTargetDays);
		}

	}

}
