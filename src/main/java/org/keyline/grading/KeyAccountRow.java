package org.keyline.grading;

import java.math.BigDecimal;

/**
 * A key account as everybody may know it: its name, tier (perhaps set by a director's
 * override) and score, its owner, and whether the viewer may open it.
 */
public record KeyAccountRow(long accountId, String name, int tierPosition, String tierName, BigDecimal score,
		String ownerName, boolean visible, boolean overridden) {
}
