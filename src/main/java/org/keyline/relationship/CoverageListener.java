package org.keyline.relationship;

import org.keyline.account.AccountDataChanged;
import org.keyline.account.AccountsImported;
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

	/**
	 * Above this many accounts an import refreshes every summary in one set-based
	 * statement instead of one account after the other.
	 */
	static final int REFRESH_ALL_ABOVE = 100;

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

	@ApplicationModuleListener
	void on(AccountsImported event) {
		refresh(event.accountIds());
	}

	@ApplicationModuleListener
	void on(ContactsImported event) {
		refresh(event.accountIds());
	}

	private void refresh(java.util.List<Long> accountIds) {
		if (accountIds.size() > REFRESH_ALL_ABOVE) {
			this.summaries.refreshAll();
		}
		else {
			accountIds.forEach(this.summaries::refresh);
		}
	}

}
