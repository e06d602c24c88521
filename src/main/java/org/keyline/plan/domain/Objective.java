package org.keyline.plan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A measurable objective of a plan: a metric that should move from its baseline to its
 * target by a date, and the latest value measured.
 */
@Entity
@Table(name = "plan_objective")
public class Objective {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 120)
	private String metric;

	@Column(length = 20)
	private String unit;

	@Column(nullable = false, precision = 15, scale = 2)
	private BigDecimal baseline;

	@Column(nullable = false, precision = 15, scale = 2)
	private BigDecimal target;

	@Column(name = "target_on", nullable = false)
	private LocalDate targetOn;

	@Column(name = "latest_value", precision = 15, scale = 2)
	private BigDecimal latestValue;

	@Column(name = "latest_on")
	private LocalDate latestOn;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected Objective() {
	}

	public Objective(Long planId, int position, String title, String metric, String unit, BigDecimal baseline,
			BigDecimal target, LocalDate targetOn, Instant now, String by) {
		this.planId = planId;
		this.position = position;
		define(title, metric, unit, baseline, target, targetOn, now, by);
	}

	public void define(String title, String metric, String unit, BigDecimal baseline, BigDecimal target,
			LocalDate targetOn, Instant now, String by) {
		this.title = title;
		this.metric = metric;
		this.unit = unit;
		this.baseline = baseline;
		this.target = target;
		this.targetOn = targetOn;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Whether these values differ from the objective's. */
	public boolean differsFrom(String title, String metric, String unit, BigDecimal baseline, BigDecimal target,
			LocalDate targetOn) {
		return !(this.title.equals(title) && this.metric.equals(metric) && java.util.Objects.equals(this.unit, unit)
				&& this.baseline.compareTo(baseline) == 0 && this.target.compareTo(target) == 0
				&& this.targetOn.equals(targetOn));
	}

	public void measure(BigDecimal value, LocalDate on, Instant now, String by) {
		this.latestValue = value;
		this.latestOn = on;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public String getTitle() {
		return this.title;
	}

	public BigDecimal getLatestValue() {
		return this.latestValue;
	}

	public LocalDate getLatestOn() {
		return this.latestOn;
	}

	public String getMetric() {
		return this.metric;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public LocalDate getTargetOn() {
		return this.targetOn;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
