package org.keyline.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.keyline.plan.ObjectiveInput;
import org.keyline.plan.PlanView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An objective as typed: what, the metric, where it stands (baseline), where it should be
 * (target) and by when.
 */
public class ObjectiveForm {

	private String title;

	private String metric;

	private String unit;

	private BigDecimal baseline;

	private BigDecimal target;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetOn;

	private long version;

	static ObjectiveForm from(PlanView.ObjectiveView objective) {
		ObjectiveForm form = new ObjectiveForm();
		form.title = objective.title();
		form.metric = objective.metric();
		form.unit = objective.unit();
		form.baseline = objective.baseline();
		form.target = objective.target();
		form.targetOn = objective.targetOn();
		form.version = objective.version();
		return form;
	}

	ObjectiveInput toInput() {
		return new ObjectiveInput(this.title, this.metric, this.unit, this.baseline, this.target, this.targetOn);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getMetric() {
		return this.metric;
	}

	public void setMetric(String metric) {
		this.metric = metric;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public LocalDate getTargetOn() {
		return this.targetOn;
	}

	public void setTargetOn(LocalDate targetOn) {
		this.targetOn = targetOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
