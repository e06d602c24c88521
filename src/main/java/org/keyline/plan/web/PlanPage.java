package org.keyline.plan.web;

import java.time.Clock;
import java.time.LocalDate;

import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.plan.ActionStatus;
import org.keyline.plan.PlanComments;
import org.keyline.plan.PlanManagement;
import org.keyline.plan.PlanView;
import org.keyline.vision.VisionManagement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the plan page shows, read in one transaction and a fixed number of statements.
 */
@Component
class PlanPage {

	private final AccountManagement accounts;

	private final PlanManagement plans;

	private final PlanComments comments;

	private final VisionManagement visions;

	private final Clock clock;

	PlanPage(AccountManagement accounts, PlanManagement plans, PlanComments comments, VisionManagement visions,
			Clock clock) {
		this.visions = visions;
		this.accounts = accounts;
		this.plans = plans;
		this.comments = comments;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PlanView fill(long accountId, long planId, Viewer viewer, Model model) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		PlanView plan = this.plans.plan(ref, planId, viewer);
		model.addAttribute("plan", plan);
		model.addAttribute("discussion", this.comments.forPlan(ref, planId));
		model.addAttribute("vision", this.visions.currentOf(ref).orElse(null));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("actionStatuses", ActionStatus.values());
		model.addAttribute("viewerId", viewer.userId());
		return plan;
	}

}
