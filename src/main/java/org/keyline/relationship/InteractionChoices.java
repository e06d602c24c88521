package org.keyline.relationship;

import java.util.List;

import org.keyline.account.AccountDetails;
import org.keyline.account.AccountRef;

/**
 * Who may take part in an interaction: the account's current contacts and current team.
 */
public record InteractionChoices(AccountRef account, List<ContactChoice> contacts,
		List<AccountDetails.TeamMemberView> team) {

	/** Whether this user is on the current team. */
	public boolean onTeam(Long userId) {
		return userId != null && this.team.stream().anyMatch((member) -> member.userId() == userId);
	}

}
