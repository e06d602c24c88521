package org.keyline.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountNotFound;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.plan.ActionStatus;
import org.keyline.plan.PlanComparison;
import org.keyline.plan.PlanList;
import org.keyline.plan.PlanManagement;
import org.keyline.plan.PlanView;
import org.keyline.plan.StalePlanEdit;
import org.keyline.shared.RuleViolation;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account plan: the list of an account's plans, the plan page, the forms that shape
 * it, the steps of its life and the comparison of two versions. Every change goes through
 * {@link PlanManagement}, which checks who may make it.
 */
@Controller
@RequestMapping("/accounts/{id}")
class PlanController {

	private final PlanManagement plans;

	private final PlanPage page;

	private final Clock clock;

	PlanController(PlanManagement plans, PlanPage page, Clock clock) {
		this.plans = plans;
		this.page = page;
		this.clock = clock;
	}

	// ------------------------------------------------------------ the plans

	/** The account's open plan, or the list of its plans when none is open. */
	@GetMapping("/plan")
	String current(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me) {
		Optional<Long> open = this.plans.openPlanId(id, Viewer.of(me));
		return open.map((planId) -> "redirect:/accounts/" + id + "/plans/" + planId)
			.orElse("redirect:/accounts/" + id + "/plans");
	}

	@GetMapping("/plans")
	String list(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		PlanForm form = new PlanForm();
		form.setHorizonFrom(LocalDate.now(this.clock).getYear());
		model.addAttribute("form", form);
		return showList(id, Viewer.of(me), model);
	}

	@PostMapping("/plans")
	String start(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		if (!result.hasErrors()) {
			try {
				long planId = this.plans.start(id, form.getTitle(), form.getHorizonFrom(), form.getYears(), viewer);
				redirect.addFlashAttribute("flash", "plan.started");
				return "redirect:/accounts/" + id + "/plans/" + planId;
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return showList(id, viewer, model);
	}

	private String showList(long id, Viewer viewer, Model model) {
		PlanList list = this.plans.plans(id, viewer);
		model.addAttribute("list", list);
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		return "plan/plans";
	}

	@GetMapping("/plans/{planId}")
	String show(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		this.page.fill(id, planId, Viewer.of(me), model);
		return "plan/plan";
	}

	@GetMapping("/plans/{planId}/edit")
	String editPlan(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		PlanView plan = shaping(id, planId, Viewer.of(me));
		PlanForm form = new PlanForm();
		form.setTitle(plan.title());
		form.setHorizonFrom(plan.horizonFrom());
		form.setYears(plan.years());
		form.setVersion(plan.version());
		model.addAttribute("form", form);
		return showPlanForm(plan, model);
	}

	@PostMapping("/plans/{planId}")
	String updatePlan(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") PlanForm form,
			BindingResult result, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		if (!result.hasErrors()) {
			try {
				this.plans.describe(id, planId, form.getTitle(), form.getHorizonFrom(), form.getYears(),
						form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "plan.saved");
				return backTo(id, planId, null);
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (StalePlanEdit | ObjectOptimisticLockingFailureException stale) {
				plan = this.plans.plan(id, planId, viewer);
				model.addAttribute("stale", PlanStaleChanges.ofPlan(form, plan));
				form.setVersion(plan.version());
			}
		}
		return showPlanForm(plan, model);
	}

	private String showPlanForm(PlanView plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		return "plan/plan-form";
	}

	// ------------------------------------------------------------ objectives

	@GetMapping("/plans/{planId}/objectives/new")
	String newObjective(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		PlanView plan = shaping(id, planId, Viewer.of(me));
		ObjectiveForm form = new ObjectiveForm();
		form.setTargetOn(LocalDate.of(plan.horizonTo(), 12, 31));
		model.addAttribute("form", form);
		return showObjectiveForm(plan, null, model);
	}

	@PostMapping("/plans/{planId}/objectives")
	String createObjective(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") ObjectiveForm form,
			BindingResult result, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		if (!result.hasErrors()) {
			try {
				long objectiveId = this.plans.addObjective(id, planId, form.toInput(), viewer);
				redirect.addFlashAttribute("flash", versionNotice(plan, "objective.added"));
				return backTo(id, planId, "objective-" + objectiveId);
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return showObjectiveForm(plan, null, model);
	}

	@GetMapping("/plans/{planId}/objectives/{objectiveId}/edit")
	String editObjective(@PathVariable long id, @PathVariable long planId, @PathVariable long objectiveId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		PlanView plan = shaping(id, planId, Viewer.of(me));
		PlanView.ObjectiveView objective = objective(plan, objectiveId);
		model.addAttribute("form", ObjectiveForm.from(objective));
		return showObjectiveForm(plan, objective, model);
	}

	@PostMapping("/plans/{planId}/objectives/{objectiveId}")
	String updateObjective(@PathVariable long id, @PathVariable long planId, @PathVariable long objectiveId,
			@ModelAttribute("form") ObjectiveForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.ObjectiveView objective = objective(plan, objectiveId);
		if (!result.hasErrors()) {
			try {
				this.plans.updateObjective(id, planId, objectiveId, form.toInput(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", versionNotice(plan, "objective.saved"));
				return backTo(id, planId, "objective-" + objectiveId);
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (StalePlanEdit | ObjectOptimisticLockingFailureException stale) {
				plan = this.plans.plan(id, planId, viewer);
				objective = objective(plan, objectiveId);
				model.addAttribute("stale", PlanStaleChanges.ofObjective(form, objective));
				form.setVersion(objective.version());
			}
		}
		return showObjectiveForm(plan, objective, model);
	}

	@PostMapping("/plans/{planId}/objectives/{objectiveId}/delete")
	String deleteObjective(@PathVariable long id, @PathVariable long planId, @PathVariable long objectiveId,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		PlanView plan = shaping(id, planId, Viewer.of(me));
		this.plans.removeObjective(id, planId, objectiveId, Viewer.of(me));
		redirect.addFlashAttribute("flash", versionNotice(plan, "objective.removed"));
		return backTo(id, planId, null);
	}

	private String showObjectiveForm(PlanView plan, PlanView.ObjectiveView objective, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("objective", objective);
		return "plan/objective-form";
	}

	@GetMapping("/plans/{planId}/objectives/{objectiveId}/measurements/new")
	String newMeasurement(@PathVariable long id, @PathVariable long planId, @PathVariable long objectiveId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		PlanView plan = monitoring(id, planId, Viewer.of(me));
		PlanView.ObjectiveView objective = objective(plan, objectiveId);
		MeasurementForm form = new MeasurementForm();
		form.setOn(LocalDate.now(this.clock));
		form.setValue(objective.latestValue());
		model.addAttribute("form", form);
		return showMeasurementForm(plan, objective, model);
	}

	@PostMapping("/plans/{planId}/objectives/{objectiveId}/measurements")
	String measure(@PathVariable long id, @PathVariable long planId, @PathVariable long objectiveId,
			@ModelAttribute("form") MeasurementForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = monitoring(id, planId, viewer);
		PlanView.ObjectiveView objective = objective(plan, objectiveId);
		if (!result.hasErrors()) {
			try {
				this.plans.measure(id, planId, objectiveId, form.getValue(), form.getOn(), viewer);
				redirect.addFlashAttribute("flash", "objective.measured");
				return backTo(id, planId, "objective-" + objectiveId);
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field().equals("latestValue") ? "value" : "on", violation.messageKey());
			}
		}
		return showMeasurementForm(plan, objective, model);
	}

	private String showMeasurementForm(PlanView plan, PlanView.ObjectiveView objective, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("objective", objective);
		return "plan/measurement-form";
	}

	// ------------------------------------------------------------ strategies

	@GetMapping("/plans/{planId}/objectives/{objectiveId}/strategies/new")
	String newStrategy(@PathVariable long id, @PathVariable long planId, @PathVariable long objectiveId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		PlanView plan = shaping(id, planId, Viewer.of(me));
		model.addAttribute("form", new TextForm());
		return showStrategyForm(plan, objective(plan, objectiveId), null, model);
	}

	@PostMapping("/plans/{planId}/objectives/{objectiveId}/strategies")
	String createStrategy(@PathVariable long id, @PathVariable long planId, @PathVariable long objectiveId,
			@ModelAttribute("form") TextForm form, BindingResult result, @AuthenticationPrincipal KeylinePrincipal me,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.ObjectiveView objective = objective(plan, objectiveId);
		try {
			this.plans.addStrategy(id, planId, objectiveId, form.getText(), viewer);
			redirect.addFlashAttribute("flash", versionNotice(plan, "strategy.added"));
			return backTo(id, planId, "objective-" + objectiveId);
		}
		catch (RuleViolation violation) {
			result.rejectValue("text", violation.messageKey());
		}
		return showStrategyForm(plan, objective, null, model);
	}

	@GetMapping("/plans/{planId}/strategies/{strategyId}/edit")
	String editStrategy(@PathVariable long id, @PathVariable long planId, @PathVariable long strategyId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		PlanView plan = shaping(id, planId, Viewer.of(me));
		PlanView.StrategyView strategy = strategy(plan, strategyId);
		TextForm form = new TextForm();
		form.setText(strategy.description());
		model.addAttribute("form", form);
		return showStrategyForm(plan, objective(plan, strategy.objectiveId()), strategy, model);
	}

	@PostMapping("/plans/{planId}/strategies/{strategyId}")
	String updateStrategy(@PathVariable long id, @PathVariable long planId, @PathVariable long strategyId,
			@ModelAttribute("form") TextForm form, BindingResult result, @AuthenticationPrincipal KeylinePrincipal me,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.StrategyView strategy = strategy(plan, strategyId);
		try {
			this.plans.updateStrategy(id, planId, strategyId, form.getText(), viewer);
			redirect.addFlashAttribute("flash", versionNotice(plan, "strategy.saved"));
			return backTo(id, planId, "objective-" + strategy.objectiveId());
		}
		catch (RuleViolation violation) {
			result.rejectValue("text", violation.messageKey());
		}
		return showStrategyForm(plan, objective(plan, strategy.objectiveId()), strategy, model);
	}

	@PostMapping("/plans/{planId}/strategies/{strategyId}/delete")
	String deleteStrategy(@PathVariable long id, @PathVariable long planId, @PathVariable long strategyId,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.StrategyView strategy = strategy(plan, strategyId);
		this.plans.removeStrategy(id, planId, strategyId, viewer);
		redirect.addFlashAttribute("flash", versionNotice(plan, "strategy.removed"));
		return backTo(id, planId, "objective-" + strategy.objectiveId());
	}

	private String showStrategyForm(PlanView plan, PlanView.ObjectiveView objective, PlanView.StrategyView strategy,
			Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("objective", objective);
		model.addAttribute("strategy", strategy);
		return "plan/strategy-form";
	}

	// ------------------------------------------------------------ actions

	@GetMapping("/plans/{planId}/strategies/{strategyId}/actions/new")
	String newAction(@PathVariable long id, @PathVariable long planId, @PathVariable long strategyId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		ActionForm form = new ActionForm();
		form.setDueOn(LocalDate.now(this.clock).plusMonths(1));
		model.addAttribute("form", form);
		return showActionForm(plan, strategy(plan, strategyId), null, viewer, model);
	}

	@PostMapping("/plans/{planId}/strategies/{strategyId}/actions")
	String createAction(@PathVariable long id, @PathVariable long planId, @PathVariable long strategyId,
			@ModelAttribute("form") ActionForm form, BindingResult result, @AuthenticationPrincipal KeylinePrincipal me,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.StrategyView strategy = strategy(plan, strategyId);
		if (!result.hasErrors()) {
			try {
				this.plans.addAction(id, planId, strategyId, form.toInput(), viewer);
				redirect.addFlashAttribute("flash", "action.added");
				return backTo(id, planId, "objective-" + strategy.objectiveId());
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return showActionForm(plan, strategy, null, viewer, model);
	}

	@GetMapping("/plans/{planId}/actions/{actionId}/edit")
	String editAction(@PathVariable long id, @PathVariable long planId, @PathVariable long actionId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.ActionView action = action(plan, actionId);
		model.addAttribute("form", ActionForm.from(action));
		return showActionForm(plan, strategy(plan, action.strategyId()), action, viewer, model);
	}

	@PostMapping("/plans/{planId}/actions/{actionId}")
	String updateAction(@PathVariable long id, @PathVariable long planId, @PathVariable long actionId,
			@ModelAttribute("form") ActionForm form, BindingResult result, @AuthenticationPrincipal KeylinePrincipal me,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.ActionView action = action(plan, actionId);
		if (!result.hasErrors()) {
			try {
				this.plans.updateAction(id, planId, actionId, form.toInput(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "action.saved");
				return backTo(id, planId, "objective-" + strategy(plan, action.strategyId()).objectiveId());
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (StalePlanEdit | ObjectOptimisticLockingFailureException stale) {
				plan = this.plans.plan(id, planId, viewer);
				action = action(plan, actionId);
				model.addAttribute("stale",
						PlanStaleChanges.ofAction(form, action, this.plans.actionOwners(id, viewer)));
				form.setVersion(action.version());
			}
		}
		return showActionForm(plan, strategy(plan, action.strategyId()), action, viewer, model);
	}

	@PostMapping("/plans/{planId}/actions/{actionId}/delete")
	String deleteAction(@PathVariable long id, @PathVariable long planId, @PathVariable long actionId,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = shaping(id, planId, viewer);
		PlanView.ActionView action = action(plan, actionId);
		this.plans.removeAction(id, planId, actionId, viewer);
		redirect.addFlashAttribute("flash", "action.removed");
		return backTo(id, planId, "objective-" + strategy(plan, action.strategyId()).objectiveId());
	}

	@PostMapping("/plans/{planId}/actions/{actionId}/status")
	String progressAction(@PathVariable long id, @PathVariable long planId, @PathVariable long actionId,
			@RequestParam(required = false) ActionStatus status, @AuthenticationPrincipal KeylinePrincipal me,
			RedirectAttributes redirect) {
		try {
			this.plans.progressAction(id, planId, actionId, status, Viewer.of(me));
			redirect.addFlashAttribute("flash", "action.progressed");
		}
		catch (RuleViolation violation) {
			// no status chosen (a form without its select, or one sent by a script)
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		return backTo(id, planId, "action-" + actionId);
	}

	private String showActionForm(PlanView plan, PlanView.StrategyView strategy, PlanView.ActionView action,
			Viewer viewer, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("strategy", strategy);
		model.addAttribute("objective", objective(plan, strategy.objectiveId()));
		model.addAttribute("action", action);
		model.addAttribute("owners", this.plans.actionOwners(plan.account().id(), viewer));
		return "plan/action-form";
	}

	// ------------------------------------------------------------ its life

	@PostMapping("/plans/{planId}/submit")
	String submit(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			RedirectAttributes redirect) {
		this.plans.submit(id, planId, Viewer.of(me));
		redirect.addFlashAttribute("flash", "plan.submitted");
		return backTo(id, planId, null);
	}

	@PostMapping("/plans/{planId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			RedirectAttributes redirect) {
		this.plans.withdraw(id, planId, Viewer.of(me));
		redirect.addFlashAttribute("flash", "plan.withdrawn");
		return backTo(id, planId, null);
	}

	@PostMapping("/plans/{planId}/sign")
	String sign(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			RedirectAttributes redirect) {
		this.plans.signOff(id, planId, Viewer.of(me));
		redirect.addFlashAttribute("flash", "plan.signed");
		return backTo(id, planId, null);
	}

	@PostMapping("/plans/{planId}/activate")
	String activate(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			RedirectAttributes redirect) {
		this.plans.activate(id, planId, Viewer.of(me));
		redirect.addFlashAttribute("flash", "plan.activated");
		return backTo(id, planId, null);
	}

	@GetMapping("/plans/{planId}/override")
	String overrideForm(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		PlanView plan = this.plans.plan(id, planId, Viewer.of(me));
		if (!plan.can().override()) {
			throw new AccountActionRefused("agree a plan without every sign-off");
		}
		model.addAttribute("form", new TextForm());
		return showDecision(plan, "override", model);
	}

	@PostMapping("/plans/{planId}/override")
	String override(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") TextForm form,
			BindingResult result, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		try {
			this.plans.overrideAgreement(id, planId, form.getText(), viewer);
			redirect.addFlashAttribute("flash", "plan.overridden");
			return backTo(id, planId, null);
		}
		catch (RuleViolation violation) {
			result.rejectValue("text", violation.messageKey());
		}
		return showDecision(this.plans.plan(id, planId, viewer), "override", model);
	}

	@GetMapping("/plans/{planId}/close")
	String closeForm(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		PlanView plan = shaping(id, planId, Viewer.of(me));
		model.addAttribute("form", new TextForm());
		return showDecision(plan, "close", model);
	}

	@PostMapping("/plans/{planId}/close")
	String close(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") TextForm form,
			BindingResult result, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		try {
			this.plans.close(id, planId, form.getText(), viewer);
			redirect.addFlashAttribute("flash", "plan.closedNow");
			return backTo(id, planId, null);
		}
		catch (RuleViolation violation) {
			result.rejectValue("text", violation.messageKey());
		}
		return showDecision(this.plans.plan(id, planId, viewer), "close", model);
	}

	private String showDecision(PlanView plan, String decision, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("decision", decision);
		return "plan/decision-form";
	}

	// ------------------------------------------------------------ versions

	@GetMapping("/plans/{planId}/compare")
	String compare(@PathVariable long id, @PathVariable long planId, @RequestParam(required = false) Integer left,
			@RequestParam(required = false) Integer right, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		PlanView plan = this.plans.plan(id, planId, viewer);
		model.addAttribute("plan", plan);
		if (plan.versionNo() < 2) {
			return "plan/compare";
		}
		int r = (right != null) ? right : plan.versionNo();
		int l = (left != null) ? left : r - 1;
		if (l < 1 || r < 1 || l > plan.versionNo() || r > plan.versionNo()) {
			throw new AccountNotFound(id);
		}
		PlanComparison comparison = this.plans.compare(id, planId, l, r, viewer);
		model.addAttribute("comparison", comparison);
		return "plan/compare";
	}

	// ------------------------------------------------------------ helpers

	private PlanView shaping(long id, long planId, Viewer viewer) {
		PlanView plan = this.plans.plan(id, planId, viewer);
		if (!plan.can().shape()) {
			if (plan.status().open()) {
				throw new AccountActionRefused("change the plan");
			}
			throw new org.keyline.plan.PlanStateConflict("plan.closed");
		}
		return plan;
	}

	private PlanView monitoring(long id, long planId, Viewer viewer) {
		PlanView plan = this.plans.plan(id, planId, viewer);
		if (!plan.can().monitor()) {
			if (plan.status().open()) {
				throw new AccountActionRefused("record a measurement");
			}
			throw new org.keyline.plan.PlanStateConflict("plan.closed");
		}
		return plan;
	}

	private static PlanView.ObjectiveView objective(PlanView plan, long objectiveId) {
		return plan.objectives()
			.stream()
			.filter((o) -> o.id() == objectiveId)
			.findFirst()
			.orElseThrow(() -> new AccountNotFound(plan.account().id()));
	}

	private static PlanView.StrategyView strategy(PlanView plan, long strategyId) {
		return plan.objectives()
			.stream()
			.flatMap((o) -> o.strategies().stream())
			.filter((s) -> s.id() == strategyId)
			.findFirst()
			.orElseThrow(() -> new AccountNotFound(plan.account().id()));
	}

	private static PlanView.ActionView action(PlanView plan, long actionId) {
		return plan.objectives()
			.stream()
			.flatMap((o) -> o.actions().stream())
			.filter((a) -> a.id() == actionId)
			.findFirst()
			.orElseThrow(() -> new AccountNotFound(plan.account().id()));
	}

	/** Saved; on an agreed plan, saved as the start of a new version. */
	private static String versionNotice(PlanView before, String key) {
		return before.status().agreed() ? key + ".newVersion" : key;
	}

	private static String backTo(long id, long planId, String anchor) {
		return "redirect:/accounts/" + id + "/plans/" + planId + ((anchor != null) ? "#" + anchor : "");
	}

}
