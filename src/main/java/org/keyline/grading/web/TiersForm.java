package org.keyline.grading.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.keyline.grading.GradingScheme;
import org.keyline.grading.TierInput;
import org.keyline.shared.Text;

/**
 * The tiers as the director types them, best first, in a fixed number of rows (blank rows
 * are ignored), and the version of the scheme the form was opened on.
 */
public class TiersForm {

	static final int ROWS = 6;

	private List<TierRow> tiers = new ArrayList<>();

	private Long version;

	public TiersForm() {
		pad();
	}

	static TiersForm from(List<GradingScheme.Tier> tiers, long version) {
		TiersForm form = new TiersForm();
		form.tiers = new ArrayList<>();
		for (GradingScheme.Tier tier : tiers) {
			TierRow row = new TierRow();
			row.setName(tier.name());
			row.setThreshold(CriterionForm.plain(tier.threshold()));
			row.setReviewCadenceDays(tier.reviewCadenceDays());
			row.setSponsorRequired(tier.sponsorRequired());
			row.setAgreedPlanRequired(tier.agreedPlanRequired());
			row.setInteractionTargetDays(tier.interactionTargetDays());
			form.tiers.add(row);
		}
		form.pad();
		form.version = version;
		return form;
	}

	void pad() {
		if (this.tiers == null) {
			this.tiers = new ArrayList<>();
		}
		while (this.tiers.size() < ROWS) {
			this.tiers.add(new TierRow());
		}
	}

	/** The indexes of the rows that are not blank, in order. */
	List<Integer> filledRows() {
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < this.tiers.size(); i++) {
			if (!this.tiers.get(i).isBlank()) {
				filled.add(i);
			}
		}
		return filled;
	}

	List<TierInput> toInput(List<Integer> rows) {
		return rows.stream().map((i) -> this.tiers.get(i).toInput()).toList();
	}

	public List<TierRow> getTiers() {
		return this.tiers;
	}

	public void setTiers(List<TierRow> tiers) {
		this.tiers = tiers;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** One tier and the service its accounts get. */
	public static class TierRow {

		private String name;

		private BigDecimal threshold;

		private Integer reviewCadenceDays;

		private boolean sponsorRequired;

		private boolean agreedPlanRequired;

		private Integer interactionTargetDays;

		boolean isBlank() {
			return Text.blankToNull(this.name) == null && this.threshold == null && this.reviewCadenceDays == null
					&& this.interactionTargetDays == null;
		}

		TierInput toInput() {
			return new TierInput(this.name, this.threshold, this.reviewCadenceDays, this.sponsorRequired,
					this.agreedPlanRequired, this.interactionTargetDays);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public BigDecimal getThreshold() {
			return this.threshold;
		}

		public void setThreshold(BigDecimal threshold) {
			this.threshold = threshold;
		}

		public Integer getReviewCadenceDays() {
			return this.reviewCadenceDays;
		}

		public void setReviewCadenceDays(Integer reviewCadenceDays) {
			this.reviewCadenceDays = reviewCadenceDays;
		}

		public boolean isSponsorRequired() {
			return this.sponsorRequired;
		}

		public void setSponsorRequired(boolean sponsorRequired) {
			this.sponsorRequired = sponsorRequired;
		}

		public boolean isAgreedPlanRequired() {
			return this.agreedPlanRequired;
		}

		public void setAgreedPlanRequired(boolean agreedPlanRequired) {
			this.agreedPlanRequired = agreedPlanRequired;
		}

		public Integer getInteractionTargetDays() {
			return this.interactionTargetDays;
		}

		public void setInteractionTargetDays(Integer interactionTargetDays) {
			this.interactionTargetDays = interactionTargetDays;
		}

	}

}
