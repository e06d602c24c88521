package org.keyline.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A criterion as a director sets it: bands for a derived criterion, guidance for each
 * level 1 to 5 of a hand-scored one.
 */
public record CriterionInput(String name, String description, BigDecimal weight, CriterionKind kind, Metric metric,
		List<GradingScheme.Band> bands, Map<Integer, String> guidance) {
}
