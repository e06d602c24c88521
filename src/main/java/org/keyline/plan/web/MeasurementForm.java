package org.keyline.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The latest value of an objective's metric, and the day it was measured.
 */
public class MeasurementForm {

	private BigDecimal value;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

}
