package org.keyline.plan.web;

import org.keyline.account.AccountPageSection;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.plan.PlanManagement;

import org.springframework.stereotype.Component;

/**
 * The account page's plan card: the open plan at a glance (status, objectives, overdue
 * actions, sign-offs awaited) with a link to it, or an invitation to start one. One
 * statement.
 */
@Component
class PlanSection implements AccountPageSection {

	private final PlanManagement plans;

	PlanSection(PlanManagement plans) {
		this.plans = plans;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String template() {
		return "plan/section";
	}

	@Override
	public String fragment() {
		return "section";
	}

	@Override
	public Object model(AccountRef account, Viewer viewer) {
		return new PlanSectionModel(account, this.plans.glance(account, viewer).orElse(null), account.can().editTeam());
	}

	/** What the card shows; {@code plan} is null when the account has no open plan. */
	public record PlanSectionModel(AccountRef account, org.keyline.plan.PlanGlance plan, boolean canStart) {
	}

}
