package org.keyline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What defines an objective: a metric that moves from a baseline to a target by a date.
 */
public record ObjectiveInput(String title, String metric, String unit, BigDecimal baseline, BigDecimal target,
		LocalDate targetOn) {
}
