package org.keyline.grading;

import org.keyline.account.AccountDataChanged;
import org.keyline.account.TeamMembershipEnded;
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

}
