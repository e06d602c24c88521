package org.keyline.grading;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Regrades every account once a night. Events keep scores current when data is saved;
 * some data changes with the date alone (a team membership that starts or ends on a given
 * day changes who covers the account's decision makers), and the nightly regrade picks
 * that up. Set-based (under 2 s for 10,000 accounts) and idempotent: an account whose
 * tier did not change gets no history row. With several instances one of them runs it
 * (ShedLock).
 */
@Component
class NightlyRegrade {

	private final GradingEngine engine;

	NightlyRegrade(GradingEngine engine) {
		this.engine = engine;
	}

	@Scheduled(cron = "${keyline.grading.regrade-cron:0 15 0 * * *}")
	@SchedulerLock(name = "grading.nightly-regrade")
	void regrade() {
		this.engine.regradeAll(TierCause.DATA_CHANGED);
	}

}
