package org.keyline.relationship;

import org.keyline.account.AccountDataChanged;
import org.keyline.account.TeamMembershipEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes an account's coverage summary after its contacts, links or interactions
 * changed, after it was created or its profile or team changed, or someone leaves its
 * team: after that change committed, in its own transaction; the event publication
 * registry hands the event over again if Keyline stopped first.
 */
@Component
class CoverageListener {

	private final CoverageSummaries summaries;

	CoverageListener(CoverageSummaries summaries) {
		this.summaries = summaries;
	}

	@ApplicationModuleListener
	void on(RelationshipsChanged event) {
		this.summaries.refresh(event.accountId());
	}

	@ApplicationModuleListener
	void on(AccountDataChanged event) {
		this.summaries.refresh(event.accountId());
	}

	@ApplicationModuleListener
	void on(TeamMembershipEnded event) {
		this.summaries.refresh(event.accountId());
	}

}
