package org.keyline.plan;

import org.keyline.account.TeamMembershipEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone leaves an account's team, a plan in review no longer waits for their
 * sign-off. Runs after the team change committed, in its own transaction; the event
 * publication registry retries it if Keyline stops first.
 */
@Component
class PlanTeamListener {

	private final PlanManagement plans;

	PlanTeamListener(PlanManagement plans) {
		this.plans = plans;
	}

	@ApplicationModuleListener
	void on(TeamMembershipEnded event) {
		this.plans.reconsiderSignOffs(event.accountId());
	}

}
