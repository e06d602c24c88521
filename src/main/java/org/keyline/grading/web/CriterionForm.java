package org.keyline.grading.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.keyline.grading.CriterionInput;
import org.keyline.grading.CriterionKind;
import org.keyline.grading.GradingScheme;
import org.keyline.grading.Metric;
import org.keyline.shared.RuleViolation;

/**
 * A criterion as the director types it: a fixed number of band rows (blank rows are
 * ignored) and guidance for each level 1 to 5.
 */
public class CriterionForm {

	static final int BAND_ROWS = 6;

	private String name;

	private String description;

	private BigDecimal weight;

	private CriterionKind kind = CriterionKind.DERIVED;

	private Metric metric;

	private List<BandRow> bands = new ArrayList<>();

	private String guidance1;

	private String guidance2;

	private String guidance3;

	private String guidance4;

	private String guidance5;

	private Long version;

	public CriterionForm() {
		padBands();
	}

	static CriterionForm from(GradingScheme.Criterion criterion) {
		CriterionForm form = new CriterionForm();
		form.name = criterion.name();
		form.description = criterion.description();
		form.weight = criterion.weight().stripTrailingZeros();
		if (form.weight.scale() < 0) {
			form.weight = form.weight.setScale(0);
		}
		form.kind = criterion.kind();
		form.metric = criterion.metric();
		form.bands = new ArrayList<>();
		for (GradingScheme.Band band : criterion.bands()) {
			form.bands.add(new BandRow(plain(band.lowerBound()), band.score()));
		}
		form.padBands();
		Map<Integer, String> guidance = criterion.guidance();
		form.guidance1 = guidance.get(1);
		form.guidance2 = guidance.get(2);
		form.guidance3 = guidance.get(3);
		form.guidance4 = guidance.get(4);
		form.guidance5 = guidance.get(5);
		form.version = criterion.version();
		return form;
	}

	/**
	 * Bands for a derived criterion, blank rows left out; a half-filled row is refused.
	 */
	CriterionInput toInput() {
		List<GradingScheme.Band> typed = new ArrayList<>();
		if (this.kind == CriterionKind.DERIVED) {
			for (BandRow row : this.bands) {
				if (row.isBlank()) {
					continue;
				}
				if (row.getLowerBound() == null || row.getScore() == null) {
					throw new RuleViolation("bands", "grading.criterion.bands.incomplete");
				}
				typed.add(new GradingScheme.Band(row.getLowerBound(), row.getScore()));
			}
		}
		return new CriterionInput(this.name, this.description, this.weight, this.kind,
				(this.kind == CriterionKind.DERIVED) ? this.metric : null, typed, guidance());
	}

	Map<Integer, String> guidance() {
		Map<Integer, String> guidance = new TreeMap<>();
		putIfPresent(guidance, 1, this.guidance1);
		putIfPresent(guidance, 2, this.guidance2);
		putIfPresent(guidance, 3, this.guidance3);
		putIfPresent(guidance, 4, this.guidance4);
		putIfPresent(guidance, 5, this.guidance5);
		return guidance;
	}

	private static void putIfPresent(Map<Integer, String> map, int level, String text) {
		if (text != null) {
			map.put(level, text);
		}
	}

	void padBands() {
		if (this.bands == null) {
			this.bands = new ArrayList<>();
		}
		while (this.bands.size() < BAND_ROWS) {
			this.bands.add(new BandRow());
		}
	}

	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	public CriterionKind getKind() {
		return this.kind;
	}

	public void setKind(CriterionKind kind) {
		this.kind = kind;
	}

	public Metric getMetric() {
		return this.metric;
	}

	public void setMetric(Metric metric) {
		this.metric = metric;
	}

	public List<BandRow> getBands() {
		return this.bands;
	}

	public void setBands(List<BandRow> bands) {
		this.bands = bands;
	}

	public String getGuidance1() {
		return this.guidance1;
	}

	public void setGuidance1(String guidance1) {
		this.guidance1 = guidance1;
	}

	public String getGuidance2() {
		return this.guidance2;
	}

	public void setGuidance2(String guidance2) {
		this.guidance2 = guidance2;
	}

	public String getGuidance3() {
		return this.guidance3;
	}

	public void setGuidance3(String guidance3) {
		this.guidance3 = guidance3;
	}

	public String getGuidance4() {
		return this.guidance4;
	}

	public void setGuidance4(String guidance4) {
		this.guidance4 = guidance4;
	}

	public String getGuidance5() {
		return this.guidance5;
	}

	public void setGuidance5(String guidance5) {
		this.guidance5 = guidance5;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** One band: a value of at least the lower bound scores the score. */
	public static class BandRow {

		private BigDecimal lowerBound;

		private Integer score;

		public BandRow() {
		}

		BandRow(BigDecimal lowerBound, Integer score) {
			this.lowerBound = lowerBound;
			this.score = score;
		}

		boolean isBlank() {
			return this.lowerBound == null && this.score == null;
		}

		public BigDecimal getLowerBound() {
			return this.lowerBound;
		}

		public void setLowerBound(BigDecimal lowerBound) {
			this.lowerBound = lowerBound;
		}

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

	}

}
