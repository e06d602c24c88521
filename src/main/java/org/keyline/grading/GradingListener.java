package org.keyline.grading;

import org.keyline.account.AccountDataChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Regrades an account when its data changed, after that change committed, in its own
 * transaction; the event publication registry hands the event over again if Keyline
 * stopped first.
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

}
