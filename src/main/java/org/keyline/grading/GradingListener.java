package org.keyline.grading;

import org.keyline.account.AccountDataChanged;
import org.keyline.account.AccountsImported;
import org.keyline.account.TeamMembershipEnded;
import org.keyline.relationship.ContactsImported;
import org.keyline.relationship.RelationshipsChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Regrades an account when its data changed (its profile, economics or team, its contacts
 * or our links to them), after that change committed, in its own transaction; the event
 * publication registry hands the event over again if Keyline stopped first.
 */
@Component
class GradingListener {

	/**
	 * Above this many accounts an import regrades every account in one set-based pass (a
	 * few seconds for 10,000) instead of one account after the other.
	 */
	static final int REGRADE_ALL_ABOVE = 100;

	private final GradingEngine engine;

	GradingListener(GradingEngine engine) {
		this.engine = engine;
	}

	@ApplicationModuleListener
	void on(AccountDataChanged event) {
		this.engine.regrade(event.accountId(), TierCause.DATA_CHANGED);
	}

	@ApplicationModuleListener
	void on(RelationshipsChanged event) {
		this.engine.regrade(event.accountId(), TierCause.DATA_CHANGED);
	}

	@ApplicationModuleListener
	void on(TeamMembershipEnded event) {
		this.engine.regrade(event.accountId(), TierCause.DATA_CHANGED);
	}

	@ApplicationModuleListener
	void on(AccountsImported event) {
		regrade(event.accountIds());
	}

	@ApplicationModuleListener
	void on(ContactsImported event) {
		regrade(event.accountIds());
	}

	private void regrade(java.util.List<Long> accountIds) {
		if (accountIds.size() > REGRADE_ALL_ABOVE) {
			this.engine.regradeAll(TierCause.DATA_CHANGED);
		}
		else {
			accountIds.forEach((id) -> this.engine.regrade(id, TierCause.DATA_CHANGED));
		}
	}

}
