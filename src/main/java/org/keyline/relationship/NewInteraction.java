package org.keyline.relationship;

import java.time.LocalDate;
import java.util.Set;

/**
 * An interaction to log: when, how, what was said and agreed, and who took part on their
 * side (contacts) and ours (users). An empty {@code userIds} means "me", if the viewer is
 * on the team.
 */
public record NewInteraction(LocalDate occurredOn, InteractionKind kind, String summary, String nextStep,
		Set<Long> contactIds, Set<Long> userIds) {

	public NewInteraction {
		contactIds = (contactIds != null) ? Set.copyOf(contactIds) : Set.of();
		userIds = (userIds != null) ? Set.copyOf(userIds) : Set.of();
	}

}
