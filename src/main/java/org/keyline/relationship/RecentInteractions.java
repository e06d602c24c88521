package org.keyline.relationship;

import java.util.List;

import org.keyline.account.AccountDetails;

/**
 * The latest interactions of an account for its page, with the choices of the quick add
 * when the viewer contributes (empty lists otherwise).
 */
public record RecentInteractions(List<InteractionView> latest, long total, List<ContactChoice> contacts,
		List<AccountDetails.TeamMemberView> team) {
}
