package org.keyline.grading;

import java.math.BigDecimal;

/**
 * A tier as a director sets it, best first.
 */
public record TierInput(String name, BigDecimal threshold, Integer reviewCadenceDays, boolean sponsorRequired,
		boolean agreedPlanRequired, Integer interactionTargetDays) {
}
