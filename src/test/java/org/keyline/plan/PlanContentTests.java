package org.keyline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountNotFound;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.plan.PlanView.ActionView;
import org.keyline.plan.PlanView.ObjectiveView;
import org.keyline.plan.Plans.PlanAccount;
import org.keyline.plan.Plans.Submittable;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.plan.Plans.anAction;
import static org.keyline.plan.Plans.anObjective;
import static org.keyline.plan.Plans.withTarget;

/**
 * What a plan holds: objectives, strategies and actions, the rules on each, stale edits,
 * measurements and the progress computed from them, overdue actions, and who may change
 * what.
 */
@KeylineTest
class PlanContentTests extends PlanTestSupport {

	// ------------------------------------------------------------------ objectives

	@Test
	void theOwnerAddsChangesAndRemovesObjectives() {
		PlanAccount account = anAccount(1);
		long planId = Plans.aDraft(this.plans, account, this.today);
		LocalDate targetOn = LocalDate.of(this.thisYear + 1, 6, 30);
		long first = this.plans.addObjective(account.id(), planId, new ObjectiveInput("  Grow revenue ", " Revenue ",
				"  ", new BigDecimal("100"), new BigDecimal("200.50"), targetOn), account.owner());
		long second = this.plans.addObjective(account.id(), planId,
				anObjective("Share of wallet", "20", "35", LocalDate.of(this.thisYear + 2, 12, 31)),
				account.director());
		PlanView view = view(account, planId);
		assertThat(view.objectives()).extracting(ObjectiveView::id).containsExactly(first, second);
		ObjectiveView objective = view.objectives().get(0);
		assertThat(objective.title()).isEqualTo("Grow revenue");
		assertThat(objective.metric()).isEqualTo("Revenue");
		assertThat(objective.unit()).isNull();
		assertThat(objective.baseline()).isEqualByComparingTo("100");
		assertThat(objective.target()).isEqualByComparingTo("200.50");
		assertThat(objective.targetOn()).isEqualTo(targetOn);
		assertThat(objective.latestValue()).isNull();
		assertThat(objective.progress()).isNull();
		assertThat(objective.updatedBy()).isEqualTo(account.owner().username());
		assertThat(view.objectives().get(1).position()).isGreaterThan(objective.position());

		this.plans.updateObjective(account.id(), planId, first, anObjective("Grow revenue", "100", "300", targetOn),
				objective.version(), account.owner());
		ObjectiveView changed = view(account, planId).objectives().get(0);
		assertThat(changed.target()).isEqualByComparingTo("300");
		assertThat(changed.unit()).isEqualTo("kEUR");
		assertThat(changed.version()).isGreaterThan(objective.version());

		long strategy = this.plans.addStrategy(account.id(), planId, second, "Cross-sell services", account.owner());
		this.plans.addAction(account.id(), planId, strategy, anAction(account.member(0).userId(), this.today),
				account.owner());
		this.plans.removeObjective(account.id(), planId, second, account.owner());
		view = view(account, planId);
		assertThat(view.objectives()).extracting(ObjectiveView::id).containsExactly(first);
		assertThat(view.actionCount()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from plan_strategy where objective_id = ?", Long.class,
				second))
			.isZero();
		assertThat(view.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(keptVersions(planId)).isZero();
	}

	@Test
	void anObjectiveIsAMeasurableMoveWithinTheHorizon() {
		PlanAccount account = anAccount(0);
		long planId = Plans.aDraft(this.plans, account, this.today);
		LocalDate on = LocalDate.of(this.thisYear + 1, 12, 31);
		objectiveRefused(account, planId, new ObjectiveInput(null, "Revenue", null, num("1"), num("2"), on), "title",
				"objective.title.required");
		objectiveRefused(account, planId, new ObjectiveInput("x".repeat(201), "Revenue", null, num("1"), num("2"), on),
				"title", "objective.title.tooLong");
		objectiveRefused(account, planId, new ObjectiveInput("Grow", " ", null, num("1"), num("2"), on), "metric",
				"objective.metric.required");
		objectiveRefused(account, planId, new ObjectiveInput("Grow", "m".repeat(121), null, num("1"), num("2"), on),
				"metric", "objective.metric.tooLong");
		objectiveRefused(account, planId, new ObjectiveInput("Grow", "Revenue", "u".repeat(21), num("1"), num("2"), on),
				"unit", "objective.unit.tooLong");
		objectiveRefused(account, planId, new ObjectiveInput("Grow", "Revenue", null, null, num("2"), on), "baseline",
				"objective.baseline.required");
		objectiveRefused(account, planId, new ObjectiveInput("Grow", "Revenue", null, num("1"), null, on), "target",
				"objective.target.required");
		objectiveRefused(account, planId, anObjective("Grow", "100", "100.00", on), "target",
				"objective.target.sameAsBaseline");
		objectiveRefused(account, planId, anObjective("Grow", "100", "200", null), "targetOn",
				"objective.targetOn.required");
		objectiveRefused(account, planId, anObjective("Grow", "100", "200", LocalDate.of(this.thisYear - 1, 12, 31)),
				"targetOn", "objective.targetOn.outsideHorizon");
		objectiveRefused(account, planId, anObjective("Grow", "100", "200", LocalDate.of(this.thisYear + 3, 1, 1)),
				"targetOn", "objective.targetOn.outsideHorizon");
		objectiveRefused(account, planId, anObjective("Grow", "10000000000000", "200", on), "baseline",
				"objective.value.tooLarge");
		objectiveRefused(account, planId, anObjective("Grow", "100", "1.234", on), "target",
				"objective.value.decimals");
		// The edges are allowed.
		this.plans.addObjective(account.id(), planId,
				anObjective("First day", "-5", "1.230", LocalDate.of(this.thisYear, 1, 1)), account.owner());
		this.plans.addObjective(account.id(), planId,
				anObjective("Last day", "9999999999999.99", "0", LocalDate.of(this.thisYear + 2, 12, 31)),
				account.owner());
		assertThat(view(account, planId).objectives()).hasSize(2);
	}

	@Test
	void aChangedObjectiveFollowsTheSameRules() {
		PlanAccount account = anAccount(0);
		Submittable plan = submittable(account);
		ObjectiveView objective = view(account, plan.planId()).objectives().get(0);
		violation("target", "objective.target.sameAsBaseline", account, plan.planId(),
				() -> this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
						withTarget(anObjective(this.thisYear), "100"), objective.version(), account.owner()));
		violation("targetOn", "objective.targetOn.outsideHorizon", account, plan.planId(),
				() -> this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
						anObjective("Grow", "1", "2", LocalDate.of(this.thisYear + 3, 1, 1)), objective.version(),
						account.owner()));
	}

	private void objectiveRefused(PlanAccount account, long planId, ObjectiveInput input, String field, String key) {
		violation(field, key, account, planId,
				() -> this.plans.addObjective(account.id(), planId, input, account.owner()));
	}

	// ------------------------------------------------------------------ strategies

	@Test
	void theOwnerAddsChangesAndRemovesStrategies() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		long second = this.plans.addStrategy(account.id(), plan.planId(), plan.objectiveId(), "  Build a reference  ",
				account.director());
		this.plans.updateStrategy(account.id(), plan.planId(), plan.strategyId(), "Visit every plant each quarter",
				account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.objectives().get(0).strategies()).extracting(PlanView.StrategyView::description)
			.containsExactly("Visit every plant each quarter", "Build a reference");
		this.plans.removeStrategy(account.id(), plan.planId(), plan.strategyId(), account.owner());
		view = view(account, plan.planId());
		assertThat(view.objectives().get(0).strategies()).extracting(PlanView.StrategyView::id).containsExactly(second);
		assertThat(view.actionCount()).isZero();
	}

	@Test
	void aStrategyIsDescribedInAtMost1000Characters() {
		PlanAccount account = anAccount(0);
		Submittable plan = submittable(account);
		violation("description", "strategy.description.required", account, plan.planId(),
				() -> this.plans.addStrategy(account.id(), plan.planId(), plan.objectiveId(), " ", account.owner()));
		violation("description", "strategy.description.tooLong", account, plan.planId(), () -> this.plans
			.addStrategy(account.id(), plan.planId(), plan.objectiveId(), "s".repeat(1001), account.owner()));
		violation("description", "strategy.description.required", account, plan.planId(),
				() -> this.plans.updateStrategy(account.id(), plan.planId(), plan.strategyId(), null, account.owner()));
	}

	// ------------------------------------------------------------------ actions

	@Test
	void actionsAreOwnedByTheAccountsOwnerOrACurrentTeamMember() {
		PlanAccount account = anAccount(1);
		Viewer former = Accounts.aViewer(this.testUsers, "former", Role.MEMBER);
		this.accounts.addTeamMember(account.id(), former.userId(), TeamRole.SPECIALIST, "Legal",
				this.today.minusMonths(3), this.today.minusDays(1), account.director());
		Submittable plan = submittable(account);
		assertThat(this.plans.actionOwners(account.id(), account.owner())).extracting(ActionOwner::userId)
			.containsExactlyInAnyOrder(account.owner().userId(), account.member(0).userId());
		long id = this.plans.addAction(account.id(), plan.planId(), plan.strategyId(),
				anAction("  Run a workshop ", account.member(0).userId(), this.today.plusDays(3)), account.owner());
		ActionView action = action(account, plan.planId(), id);
		assertThat(action.description()).isEqualTo("Run a workshop");
		assertThat(action.ownerId()).isEqualTo(account.member(0).userId());
		assertThat(action.ownerName()).isEqualTo("Test " + account.member(0).username());
		assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
		assertThat(action.overdue()).isFalse();
		for (Long notOnTeam : new Long[] { former.userId(), account.stranger().userId(), account.mentor().userId(),
				null }) {
			violation("ownerId", "action.owner.notOnTeam", account, plan.planId(),
					() -> this.plans.addAction(account.id(), plan.planId(), plan.strategyId(),
							anAction("Call", notOnTeam, this.today), account.owner()));
			violation("ownerId", "action.owner.notOnTeam", account, plan.planId(),
					() -> this.plans.updateAction(account.id(), plan.planId(), id,
							anAction("Call", notOnTeam, this.today), action.version(), account.owner()));
		}
	}

	@Test
	void anActionIsDescribedAndDueWithinTheHorizonOrTheYearBefore() {
		PlanAccount account = anAccount(0);
		Submittable plan = submittable(account);
		long owner = account.owner().userId();
		actionRefused(account, plan, anAction(" ", owner, this.today), "description", "action.description.required");
		actionRefused(account, plan, anAction("a".repeat(501), owner, this.today), "description",
				"action.description.tooLong");
		actionRefused(account, plan, anAction("Call", owner, null), "dueOn", "action.dueOn.required");
		actionRefused(account, plan, anAction("Call", owner, LocalDate.of(this.thisYear - 2, 12, 31)), "dueOn",
				"action.dueOn.outsideHorizon");
		actionRefused(account, plan, anAction("Call", owner, LocalDate.of(this.thisYear + 3, 1, 1)), "dueOn",
				"action.dueOn.outsideHorizon");
		this.plans.addAction(account.id(), plan.planId(), plan.strategyId(),
				anAction("Prepare", owner, LocalDate.of(this.thisYear - 1, 1, 1)), account.owner());
		this.plans.addAction(account.id(), plan.planId(), plan.strategyId(),
				anAction("Finish", owner, LocalDate.of(this.thisYear + 2, 12, 31)), account.owner());
		assertThat(view(account, plan.planId()).actionCount()).isEqualTo(3);
	}

	private void actionRefused(PlanAccount account, Submittable plan, ActionInput input, String field, String key) {
		violation(field, key, account, plan.planId(),
				() -> this.plans.addAction(account.id(), plan.planId(), plan.strategyId(), input, account.owner()));
	}

	@Test
	void theOwnerChangesAndRemovesActions() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		ActionView action = action(account, plan.planId(), plan.actionId());
		LocalDate due = this.today.plusDays(20);
		this.plans.updateAction(account.id(), plan.planId(), plan.actionId(),
				anAction("Meet the CFO", account.member(0).userId(), due), action.version(), account.owner());
		ActionView changed = action(account, plan.planId(), plan.actionId());
		assertThat(changed.description()).isEqualTo("Meet the CFO");
		assertThat(changed.ownerId()).isEqualTo(account.member(0).userId());
		assertThat(changed.dueOn()).isEqualTo(due);
		this.plans.removeAction(account.id(), plan.planId(), plan.actionId(), account.director());
		assertThat(view(account, plan.planId()).actionCount()).isZero();
	}

	// ------------------------------------------------------------------ stale edits

	@Test
	void aStaleEditIsRefused() {
		PlanAccount account = anAccount(0);
		Submittable plan = submittable(account);
		PlanView view = view(account, plan.planId());
		ObjectiveView objective = view.objectives().get(0);
		ActionView action = objective.actions().get(0);
		this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
				withTarget(anObjective(this.thisYear), "250"), objective.version(), account.director());
		refused(StalePlanEdit.class, account, plan.planId(),
				() -> this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
						withTarget(anObjective(this.thisYear), "300"), objective.version(), account.owner()));
		this.plans.updateAction(account.id(), plan.planId(), action.id(),
				anAction("Changed by the director", account.owner().userId(), this.today), action.version(),
				account.director());
		refused(StalePlanEdit.class, account, plan.planId(),
				() -> this.plans.updateAction(account.id(), plan.planId(), action.id(),
						anAction("Changed by the owner", account.owner().userId(), this.today), action.version(),
						account.owner()));
		long planVersion = view(account, plan.planId()).version();
		this.plans.describe(account.id(), plan.planId(), "Renamed", this.thisYear, 3, planVersion, account.director());
		refused(StalePlanEdit.class, account, plan.planId(), () -> this.plans.describe(account.id(), plan.planId(),
				"Renamed again", this.thisYear, 3, planVersion, account.owner()));
		assertThat(view(account, plan.planId()).title()).isEqualTo("Renamed");
	}

	@Test
	void aDraftIsRenamedAndItsHorizonMoved() {
		PlanAccount account = anAccount(0);
		Submittable plan = submittable(account);
		PlanView view = view(account, plan.planId());
		violation("title", "plan.title.required", account, plan.planId(), () -> this.plans.describe(account.id(),
				plan.planId(), " ", this.thisYear, 3, view.version(), account.owner()));
		violation("years", "plan.years.range", account, plan.planId(), () -> this.plans.describe(account.id(),
				plan.planId(), "Plan", this.thisYear, 5, view.version(), account.owner()));
		this.plans.describe(account.id(), plan.planId(), "Longer plan", this.thisYear, 4, view.version(),
				account.owner());
		PlanView described = view(account, plan.planId());
		assertThat(described.title()).isEqualTo("Longer plan");
		assertThat(described.horizonTo()).isEqualTo(this.thisYear + 3);
		assertThat(described.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(described.versionNo()).isEqualTo(1);
	}

	// ------------------------------------------------------------------ measuring

	@Test
	void progressIsTheShareOfTheWayFromBaselineToTarget() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		long id = plan.objectiveId();
		assertThat(objective(account, plan.planId(), id).progress()).isNull();
		measure(account, plan, id, "150");
		ObjectiveView measured = objective(account, plan.planId(), id);
		assertThat(measured.latestValue()).isEqualByComparingTo("150");
		assertThat(measured.latestOn()).isEqualTo(this.today);
		assertThat(measured.progress()).isEqualTo(50);
		measure(account, plan, id, "250");
		assertThat(objective(account, plan.planId(), id).progress()).isEqualTo(100);
		measure(account, plan, id, "50");
		assertThat(objective(account, plan.planId(), id).progress()).isZero();
		measure(account, plan, id, "100");
		assertThat(objective(account, plan.planId(), id).progress()).isZero();
	}

	@Test
	void progressTowardsALowerTargetCountsDownwards() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		long id = this.plans.addObjective(account.id(), plan.planId(),
				anObjective("Fewer complaints", "10", "2", LocalDate.of(this.thisYear + 1, 12, 31)), account.owner());
		measure(account, plan, id, "4");
		assertThat(objective(account, plan.planId(), id).progress()).isEqualTo(75);
		measure(account, plan, id, "12");
		assertThat(objective(account, plan.planId(), id).progress()).isZero();
		measure(account, plan, id, "1");
		assertThat(objective(account, plan.planId(), id).progress()).isEqualTo(100);
	}

	@Test
	void progressIsRoundedAndClamped() {
		assertThat(PlanView.Progress.of(num("0"), num("3"), num("1"))).isEqualTo(33);
		assertThat(PlanView.Progress.of(num("0"), num("3"), num("2"))).isEqualTo(67);
		assertThat(PlanView.Progress.of(num("0"), num("200"), num("1"))).isEqualTo(1);
		assertThat(PlanView.Progress.of(num("-10"), num("10"), num("0"))).isEqualTo(50);
		assertThat(PlanView.Progress.of(num("0"), num("10"), num("-5"))).isZero();
		assertThat(PlanView.Progress.of(num("0"), num("10"), num("1000"))).isEqualTo(100);
		assertThat(PlanView.Progress.of(num("0"), num("10"), null)).isNull();
	}

	@Test
	void whoeverWorksOnTheAccountMeasuresButAMentorDoesNot() {
		PlanAccount account = anAccount(1);
		Submittable plan = active(account);
		long id = plan.objectiveId();
		this.plans.measure(account.id(), plan.planId(), id, num("110"), this.today, account.member(0));
		this.plans.measure(account.id(), plan.planId(), id, num("120"), this.today, account.owner());
		this.plans.measure(account.id(), plan.planId(), id, num("130"), this.today, account.director());
		assertThat(objective(account, plan.planId(), id).latestValue()).isEqualByComparingTo("130");
		assertThat(view(account, plan.planId(), account.member(0)).can().monitor()).isTrue();
		assertThat(view(account, plan.planId(), account.mentor()).can().monitor()).isFalse();
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.measure(account.id(), plan.planId(), id, num("140"), this.today, account.mentor()));
		refused(AccountNotFound.class, account, plan.planId(),
				() -> this.plans.measure(account.id(), plan.planId(), id, num("140"), this.today, account.stranger()));
	}

	@Test
	void aMeasurementIsDatedNotInTheFutureNorBeforeTheYearBeforeTheHorizon() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		long id = plan.objectiveId();
		measureRefused(account, plan, null, this.today, "latestValue", "objective.latestValue.required");
		measureRefused(account, plan, num("1.005"), this.today, "latestValue", "objective.value.decimals");
		measureRefused(account, plan, num("150"), null, "latestOn", "objective.latestOn.required");
		measureRefused(account, plan, num("150"), this.today.plusDays(1), "latestOn", "objective.latestOn.future");
		measureRefused(account, plan, num("150"), LocalDate.of(this.thisYear - 2, 12, 31), "latestOn",
				"objective.latestOn.beforeHorizon");
		LocalDate earliest = LocalDate.of(this.thisYear - 1, 1, 1);
		this.plans.measure(account.id(), plan.planId(), id, num("120"), earliest, account.member(0));
		assertThat(objective(account, plan.planId(), id).latestOn()).isEqualTo(earliest);
	}

	private void measureRefused(PlanAccount account, Submittable plan, BigDecimal value, LocalDate on, String field,
			String key) {
		violation(field, key, account, plan.planId(), () -> this.plans.measure(account.id(), plan.planId(),
				plan.objectiveId(), value, on, account.member(0)));
	}

	private void measure(PlanAccount account, Submittable plan, long objectiveId, String value) {
		this.plans.measure(account.id(), plan.planId(), objectiveId, num(value), this.today, account.member(0));
	}

	// ------------------------------------------------------------------ actions moving
	// on

	@Test
	void pendingActionsPastTheirDueDateAreOverdue() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		LocalDate yesterday = this.today.minusDays(1);
		long owner = account.owner().userId();
		long open = addAction(account, plan, "Open, late", owner, yesterday);
		long started = addAction(account, plan, "Started, late", owner, yesterday);
		long done = addAction(account, plan, "Done, late", owner, yesterday);
		long dropped = addAction(account, plan, "Dropped, late", owner, yesterday);
		long dueToday = addAction(account, plan, "Due today", owner, this.today);
		this.plans.progressAction(account.id(), plan.planId(), started, ActionStatus.IN_PROGRESS, account.owner());
		this.plans.progressAction(account.id(), plan.planId(), done, ActionStatus.DONE, account.owner());
		this.plans.progressAction(account.id(), plan.planId(), dropped, ActionStatus.DROPPED, account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.objectives().get(0).actions()).filteredOn(ActionView::overdue)
			.extracting(ActionView::id)
			.containsExactlyInAnyOrder(open, started);
		assertThat(action(account, plan.planId(), dueToday).overdue()).isFalse();
		assertThat(action(account, plan.planId(), plan.actionId()).overdue()).isFalse();
		assertThat(view.overdueActions()).isEqualTo(2);
		assertThat(view.objectives().get(0).overdueActions()).isEqualTo(2);
		assertThat(action(account, plan.planId(), done).doneOn()).isEqualTo(this.today);
		this.plans.progressAction(account.id(), plan.planId(), done, ActionStatus.OPEN, account.owner());
		ActionView reopened = action(account, plan.planId(), done);
		assertThat(reopened.doneOn()).isNull();
		assertThat(reopened.overdue()).isTrue();
	}

	@Test
	void anActionIsMovedOnByItsOwnerTheAccountsOwnerOrADirector() {
		PlanAccount account = anAccount(2);
		Submittable plan = active(account);
		long id = addAction(account, plan, "Member's action", account.member(0).userId(), this.today);
		this.plans.progressAction(account.id(), plan.planId(), id, ActionStatus.IN_PROGRESS, account.member(0));
		assertThat(action(account, plan.planId(), id).status()).isEqualTo(ActionStatus.IN_PROGRESS);
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.progressAction(account.id(), plan.planId(), id, ActionStatus.DONE, account.member(1)));
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.progressAction(account.id(), plan.planId(), id, ActionStatus.DONE, account.mentor()));
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.progressAction(account.id(),
				plan.planId(), id, ActionStatus.DONE, account.stranger()));
		violation("status", "action.status.required", account, plan.planId(),
				() -> this.plans.progressAction(account.id(), plan.planId(), id, null, account.member(0)));
		this.plans.progressAction(account.id(), plan.planId(), id, ActionStatus.DROPPED, account.owner());
		assertThat(action(account, plan.planId(), id).status()).isEqualTo(ActionStatus.DROPPED);
		this.plans.progressAction(account.id(), plan.planId(), id, ActionStatus.DONE, account.director());
		assertThat(action(account, plan.planId(), id).status()).isEqualTo(ActionStatus.DONE);
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.ACTIVE);
	}

	@Test
	void aMemberWhoLeftNoLongerMovesTheirActionOn() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		long id = addAction(account, plan, "Member's action", account.member(0).userId(), this.today);
		Plans.leaves(this.accounts, account.id(), account.member(0), this.today.minusDays(1), account.director());
		refused(AccountNotFound.class, account, plan.planId(),
				() -> this.plans.progressAction(account.id(), plan.planId(), id, ActionStatus.DONE, account.member(0)));
	}

	// ------------------------------------------------------------------ who shapes

	@Test
	void teamMembersAndMentorsDoNotShapeThePlan() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		PlanView view = view(account, plan.planId());
		ObjectiveView objective = view.objectives().get(0);
		assertThat(view(account, plan.planId(), account.member(0)).can().shape()).isFalse();
		assertThat(view(account, plan.planId(), account.mentor()).can().shape()).isFalse();
		assertThat(view(account, plan.planId(), account.mentor()).can().comment()).isTrue();
		for (Viewer reader : new Viewer[] { account.member(0), account.mentor() }) {
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.addObjective(account.id(), plan.planId(), anObjective(this.thisYear), reader));
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
							withTarget(anObjective(this.thisYear), "900"), objective.version(), reader));
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.removeObjective(account.id(), plan.planId(), objective.id(), reader));
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.addStrategy(account.id(), plan.planId(), objective.id(), "Mine", reader));
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.updateStrategy(account.id(), plan.planId(), plan.strategyId(), "Mine", reader));
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.removeStrategy(account.id(), plan.planId(), plan.strategyId(), reader));
			refused(AccountActionRefused.class, account, plan.planId(), () -> this.plans.addAction(account.id(),
					plan.planId(), plan.strategyId(), anAction(account.member(0).userId(), this.today), reader));
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.removeAction(account.id(), plan.planId(), plan.actionId(), reader));
			refused(AccountActionRefused.class, account, plan.planId(), () -> this.plans.describe(account.id(),
					plan.planId(), "Mine", this.thisYear, 3, view.version(), reader));
		}
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.addObjective(account.id(),
				plan.planId(), anObjective(this.thisYear), account.stranger()));
	}

	@Test
	void partsOfAnotherPlanAreNotFound() {
		PlanAccount account = anAccount(0);
		Submittable plan = submittable(account);
		PlanAccount other = anAccount(0);
		Submittable otherPlan = submittable(other);
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.updateObjective(account.id(),
				plan.planId(), otherPlan.objectiveId(), anObjective(this.thisYear), 0, account.owner()));
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.removeObjective(account.id(),
				plan.planId(), otherPlan.objectiveId(), account.owner()));
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.addStrategy(account.id(), plan.planId(),
				otherPlan.objectiveId(), "Sneaky", account.owner()));
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.addAction(account.id(), plan.planId(),
				otherPlan.strategyId(), anAction(account.owner().userId(), this.today), account.owner()));
		refused(AccountNotFound.class, account, plan.planId(),
				() -> this.plans.removeAction(account.id(), plan.planId(), otherPlan.actionId(), account.owner()));
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.measure(account.id(), plan.planId(),
				otherPlan.objectiveId(), num("1"), this.today, account.owner()));
		assertThat(view(other, otherPlan.planId()).actionCount()).isEqualTo(1);
	}

	// ------------------------------------------------------------------ reading

	@Autowired
	StatementCounter statements;

	@Test
	void thePlanIsReadInEightStatementsWhateverItHolds() {
		PlanAccount small = anAccount(1);
		Submittable smallPlan = submittable(small);
		PlanAccount large = anAccount(3);
		Submittable largePlan = submittable(large);
		for (int o = 0; o < 10; o++) {
			long objective = (o == 0) ? largePlan.objectiveId()
					: this.plans.addObjective(large.id(), largePlan.planId(),
							anObjective("Objective " + o, "0", "10", LocalDate.of(this.thisYear + 1, 12, 31)),
							large.owner());
			long strategy = (o == 0) ? largePlan.strategyId()
					: this.plans.addStrategy(large.id(), largePlan.planId(), objective, "Strategy " + o, large.owner());
			for (int a = (o == 0) ? 1 : 0; a < 10; a++) {
				this.plans.addAction(large.id(), largePlan.planId(), strategy,
						anAction("Action " + a, large.member(a % 3).userId(), this.today.plusDays(a - 5)),
						large.owner());
			}
		}
		this.plans.submit(large.id(), largePlan.planId(), large.owner());
		large.members().forEach((m) -> this.plans.signOff(large.id(), largePlan.planId(), m));
		this.plans.addStrategy(large.id(), largePlan.planId(), largePlan.objectiveId(), "Version two", large.owner());
		int forSmall = this.statements.count(() -> this.plans.plan(small.id(), smallPlan.planId(), small.member(0)));
		PlanView[] read = new PlanView[1];
		int forLarge = this.statements
			.count(() -> read[0] = this.plans.plan(large.id(), largePlan.planId(), large.member(0)));
		assertThat(read[0].objectives()).hasSize(10);
		assertThat(read[0].actionCount()).isEqualTo(100);
		assertThat(read[0].earlierVersions()).hasSize(1);
		assertThat(forSmall).isEqualTo(8);
		assertThat(forLarge).isEqualTo(8);
	}

	// ------------------------------------------------------------------ helpers

	private long addAction(PlanAccount account, Submittable plan, String description, long ownerId, LocalDate due) {
		return this.plans.addAction(account.id(), plan.planId(), plan.strategyId(), anAction(description, ownerId, due),
				account.owner());
	}

	private ObjectiveView objective(PlanAccount account, long planId, long objectiveId) {
		return view(account, planId).objectives()
			.stream()
			.filter((o) -> o.id() == objectiveId)
			.findFirst()
			.orElseThrow();
	}

	private ActionView action(PlanAccount account, long planId, long actionId) {
		return view(account, planId).objectives()
			.stream()
			.flatMap((o) -> o.actions().stream())
			.filter((a) -> a.id() == actionId)
			.findFirst()
			.orElseThrow();
	}

	private static BigDecimal num(String value) {
		return new BigDecimal(value);
	}

}
