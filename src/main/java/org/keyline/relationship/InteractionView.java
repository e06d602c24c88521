package org.keyline.relationship;

import java.time.LocalDate;
import java.util.List;

/**
 * An interaction in the timeline, with the names of who took part on both sides.
 */
public record InteractionView(long id, LocalDate occurredOn, InteractionKind kind, String summary, String nextStep,
		List<String> contactNames, List<String> userNames) {
}
