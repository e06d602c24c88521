package org.keyline.relationship;

import java.util.List;

import org.keyline.account.AccountDetails;
import org.keyline.account.AccountRef;

/**
 * The links page: the account's links and, for those who may add one, the current team
 * and the current contacts to choose from (empty lists otherwise).
 */
public record LinksOverview(AccountRef account, List<LinkView> links, List<AccountDetails.TeamMemberView> team,
		List<ContactChoice> contacts) {
}
