package org.keyline.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.plan.domain.Action;
import org.keyline.plan.domain.ActionRepository;
import org.keyline.plan.domain.Objective;
import org.keyline.plan.domain.ObjectiveRepository;
import org.keyline.plan.domain.Plan;
import org.keyline.plan.domain.PlanRepository;
import org.keyline.plan.domain.SignOff;
import org.keyline.plan.domain.SignOffRepository;
import org.keyline.plan.domain.Strategy;
import org.keyline.plan.domain.StrategyRepository;
import org.keyline.shared.RuleViolation;
import org.keyline.shared.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account plan: reads its page, and makes every change to it, checking first that the
 * viewer may see the account ({@link AccountNotFound}), may make the change
 * ({@link AccountActionRefused}) and that the plan's state allows it
 * ({@link PlanStateConflict}).
 *
 * <p>
 * The owner and directors shape the plan (objectives, strategies, actions) and move it
 * through its life; whoever works on the account records measurements; an action's owner
 * moves their action on; the people asked sign off; directors may agree a plan in review
 * with a written reason. Mentors read (and comment, see {@link PlanComments}). Every
 * change locks the plan row first.
 */
@Service
public class PlanManagement {

	static final int MAX_TITLE = 200;

	static final int MAX_METRIC = 120;

	static final int MAX_UNIT = 20;

	static final int MAX_STRATEGY = 1000;

	static final int MAX_ACTION = 500;

	static final int MAX_REASON = 2000;

	static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999.99");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AccountManagement accounts;

	private final PlanRepository plans;

	private final ObjectiveRepository objectives;

	private final StrategyRepository strategies;

	private final ActionRepository actions;

	private final SignOffRepository signOffs;

	private final PlanQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanManagement(AccountManagement accounts, PlanRepository plans, ObjectiveRepository objectives,
			StrategyRepository strategies, ActionRepository actions, SignOffRepository signOffs, PlanQueries queries,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.plans = plans;
		this.objectives = objectives;
		this.strategies = strategies;
		this.actions = actions;
		this.signOffs = signOffs;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/** The account's plans, the open one first. */
	@Transactional(readOnly = true)
	public PlanList plans(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		return new PlanList(ref, this.queries.plans(accountId), ref.can().editTeam());
	}

	/**
	 * The account's open plan at a glance, for an account the caller already resolved:
	 * one statement.
	 */
	@Transactional(readOnly = true)
	public Optional<PlanGlance> glance(AccountRef ref, Viewer viewer) {
		return this.queries.glance(ref.id(), viewer.userId(), today());
	}

	/** The id of the account's open plan (not closed), if it has one. */
	@Transactional(readOnly = true)
	public Optional<Long> openPlanId(long accountId, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		return this.queries.openPlanId(accountId);
	}

	/**
	 * The plan page: eight statements, whatever the number of objectives, strategies,
	 * actions and sign-offs (two for the account, one each for the plan, objectives,
	 * strategies, actions, sign-offs and earlier versions).
	 */
	@Transactional(readOnly = true)
	public PlanView plan(long accountId, long planId, Viewer viewer) {
		return plan(this.accounts.ref(accountId, viewer), planId, viewer);
	}

	/** The plan page for an account the caller already resolved (six statements). */
	@Transactional(readOnly = true)
	public PlanView plan(AccountRef ref, long planId, Viewer viewer) {
		PlanView view = this.queries.plan(ref, planId, today()).orElseThrow(() -> new AccountNotFound(ref.id()));
		return view.with(permissions(ref, view, viewer));
	}

	/** Who may own an action of the account's plan: the owner and the current team. */
	@Transactional(readOnly = true)
	public List<ActionOwner> actionOwners(long accountId, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		return this.queries.actionOwners(accountId, today());
	}

	/**
	 * Two versions of a plan side by side; the current version is read from the live
	 * rows, earlier ones from what was kept when they were replaced.
	 */
	@Transactional(readOnly = true)
	public PlanComparison compare(long accountId, long planId, int left, int right, Viewer viewer) {
		PlanView plan = plan(accountId, planId, viewer);
		return PlanComparison.of(planId, side(plan, left), side(plan, right));
	}

	private PlanComparison.Side side(PlanView plan, int versionNo) {
		if (versionNo == plan.versionNo()) {
			return new PlanComparison.Side(versionNo, plan.status(), true,
					PlanSnapshot.of(plan.title(), plan.horizonFrom(), plan.horizonTo(), plan.objectives()));
		}
		PlanView.VersionRef ref = plan.earlierVersions()
			.stream()
			.filter((v) -> v.versionNo() == versionNo)
			.findFirst()
			.orElseThrow(() -> new RuleViolation("version", "plan.compare.noSuchVersion"));
		String json = this.queries.snapshot(plan.id(), versionNo).orElseThrow();
		return new PlanComparison.Side(versionNo, ref.status(), false, JSON.readValue(json, PlanSnapshot.class));
	}

	private PlanView.Permissions permissions(AccountRef ref, PlanView view, Viewer viewer) {
		boolean open = view.status().open();
		boolean shape = open && ref.can().editTeam();
		boolean monitor = open && ref.contributes();
		boolean sign = view.status() == PlanStatus.IN_REVIEW && view.signOffs()
			.stream()
			.anyMatch((s) -> s.userId() == viewer.userId() && s.signedAt() == null && s.onTeam());
		boolean override = view.status() == PlanStatus.IN_REVIEW && viewer.isDirector();
		return new PlanView.Permissions(shape, monitor, sign, override, open);
	}

	// ---------------------------------------------------------------- shaping

	/**
	 * Starts the account's plan as a draft covering {@code years} (3 or 4) fiscal years
	 * from {@code horizonFrom}. An account has at most one open plan.
	 */
	@Transactional
	public long start(long accountId, String title, Integer horizonFrom, Integer years, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.can().editTeam()) {
			throw new AccountActionRefused("start a plan");
		}
		String cleanTitle = required(title, MAX_TITLE, "title", "plan.title");
		checkHorizon(horizonFrom, years);
		if (this.queries.openPlanId(accountId).isPresent()) {
			throw new PlanStateConflict("plan.start.openExists");
		}
		Plan plan = new Plan(accountId, cleanTitle, horizonFrom, horizonFrom + years - 1, this.clock.instant(),
				viewer.username());
		try {
			return this.plans.saveAndFlush(plan).getId();
		}
		catch (DataIntegrityViolationException concurrentStart) {
			// The unique index on the open plan of an account: someone started one
			// meanwhile.
			throw new PlanStateConflict("plan.start.openExists");
		}
	}

	/**
	 * Renames the plan or moves its horizon (a change of an agreed plan starts a
	 * version).
	 */
	@Transactional
	public void describe(long accountId, long planId, String title, Integer horizonFrom, Integer years,
			long expectedVersion, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		String cleanTitle = required(title, MAX_TITLE, "title", "plan.title");
		if (horizonFrom == null || horizonFrom != plan.getHorizonFrom()) {
			// A plan that started years ago keeps its first year; a new first year must
			// be
			// one a new plan could have.
			checkHorizon(horizonFrom, years);
		}
		else if (years == null || (years != 3 && years != 4)) {
			throw new RuleViolation("years", "plan.years.range");
		}
		if (plan.getVersion() != expectedVersion) {
			throw new StalePlanEdit("plan " + planId);
		}
		int horizonTo = horizonFrom + years - 1;
		if (cleanTitle.equals(plan.getTitle()) && horizonFrom == plan.getHorizonFrom()
				&& horizonTo == plan.getHorizonTo()) {
			return;
		}
		if (this.queries.datesOutside(planId, horizonFrom, horizonTo)) {
			throw new RuleViolation("horizonFrom", "plan.horizon.excludesDates");
		}
		changingContent(plan, viewer);
		plan.describe(cleanTitle, horizonFrom, horizonTo, this.clock.instant(), viewer.username());
		this.plans.saveAndFlush(plan);
	}

	@Transactional
	public long addObjective(long accountId, long planId, ObjectiveInput input, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		ObjectiveInput clean = check(input, plan);
		changingContent(plan, viewer);
		Objective objective = new Objective(planId, this.objectives.maxPosition(planId) + 1, clean.title(),
				clean.metric(), clean.unit(), clean.baseline(), clean.target(), clean.targetOn(), this.clock.instant(),
				viewer.username());
		return this.objectives.saveAndFlush(objective).getId();
	}

	@Transactional
	public void updateObjective(long accountId, long planId, long objectiveId, ObjectiveInput input,
			long expectedVersion, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		Objective objective = this.objectives.findByIdAndPlanId(objectiveId, planId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		ObjectiveInput clean = check(input, plan);
		if (objective.getVersion() != expectedVersion) {
			throw new StalePlanEdit("objective " + objectiveId);
		}
		if (!objective.differsFrom(clean.title(), clean.metric(), clean.unit(), clean.baseline(), clean.target(),
				clean.targetOn())) {
			return;
		}
		changingContent(plan, viewer);
		objective.define(clean.title(), clean.metric(), clean.unit(), clean.baseline(), clean.target(),
				clean.targetOn(), this.clock.instant(), viewer.username());
		this.objectives.saveAndFlush(objective);
	}

	/** Removes an objective with its strategies and actions. */
	@Transactional
	public void removeObjective(long accountId, long planId, long objectiveId, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		this.objectives.findByIdAndPlanId(objectiveId, planId).orElseThrow(() -> new AccountNotFound(accountId));
		changingContent(plan, viewer);
		this.objectives.deleteWithStrategies(objectiveId);
	}

	@Transactional
	public long addStrategy(long accountId, long planId, long objectiveId, String description, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		this.objectives.findByIdAndPlanId(objectiveId, planId).orElseThrow(() -> new AccountNotFound(accountId));
		String clean = required(description, MAX_STRATEGY, "description", "strategy.description");
		changingContent(plan, viewer);
		return this.strategies.save(new Strategy(objectiveId, this.strategies.maxPosition(objectiveId) + 1, clean))
			.getId();
	}

	@Transactional
	public void updateStrategy(long accountId, long planId, long strategyId, String description, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		Strategy strategy = this.strategies.findInPlan(strategyId, planId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		String clean = required(description, MAX_STRATEGY, "description", "strategy.description");
		if (clean.equals(strategy.getDescription())) {
			return;
		}
		changingContent(plan, viewer);
		strategy.describe(clean);
		this.strategies.save(strategy);
	}

	/** Removes a strategy with its actions. */
	@Transactional
	public void removeStrategy(long accountId, long planId, long strategyId, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		this.strategies.findInPlan(strategyId, planId).orElseThrow(() -> new AccountNotFound(accountId));
		changingContent(plan, viewer);
		this.strategies.deleteWithActions(strategyId);
	}

	/**
	 * Adds an action to a strategy. Actions are how the team carries the plan out: adding
	 * or changing them does not start a new version.
	 */
	@Transactional
	public long addAction(long accountId, long planId, long strategyId, ActionInput input, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		this.strategies.findInPlan(strategyId, planId).orElseThrow(() -> new AccountNotFound(accountId));
		ActionInput clean = check(input, plan);
		Action action = new Action(planId, strategyId, clean.description(), clean.ownerId(), clean.dueOn(),
				this.clock.instant(), viewer.username());
		plan.touch(this.clock.instant(), viewer.username());
		return this.actions.saveAndFlush(action).getId();
	}

	@Transactional
	public void updateAction(long accountId, long planId, long actionId, ActionInput input, long expectedVersion,
			Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		Action action = this.actions.findByIdAndPlanId(actionId, planId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		ActionInput clean = check(input, plan);
		if (action.getVersion() != expectedVersion) {
			throw new StalePlanEdit("action " + actionId);
		}
		action.define(clean.description(), clean.ownerId(), clean.dueOn(), this.clock.instant(), viewer.username());
		this.actions.saveAndFlush(action);
	}

	@Transactional
	public void removeAction(long accountId, long planId, long actionId, Viewer viewer) {
		shaping(accountId, planId, viewer);
		this.actions.findByIdAndPlanId(actionId, planId).orElseThrow(() -> new AccountNotFound(accountId));
		this.actions.deleteById(actionId);
	}

	// ---------------------------------------------------------------- monitoring

	/**
	 * Moves an action on (open, in progress, done, dropped): its owner, the account's
	 * owner or a director; not on a closed plan.
	 */
	@Transactional
	public void progressAction(long accountId, long planId, long actionId, ActionStatus status, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		Plan plan = this.plans.lockByIdAndAccountId(planId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		Action action = this.actions.findByIdAndPlanId(actionId, planId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		boolean ownAction = ref.contributes() && action.getOwnerId().equals(viewer.userId());
		if (!ref.can().editTeam() && !ownAction) {
			throw new AccountActionRefused("move an action on");
		}
		if (!plan.getStatus().open()) {
			throw new PlanStateConflict("plan.closed");
		}
		if (status == null) {
			throw new RuleViolation("status", "action.status.required");
		}
		action.progress(status, today(), this.clock.instant(), viewer.username());
		this.actions.saveAndFlush(action);
	}

	/**
	 * Records the latest value of an objective's metric: whoever works on the account.
	 */
	@Transactional
	public void measure(long accountId, long planId, long objectiveId, BigDecimal value, LocalDate on, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.contributes()) {
			throw new AccountActionRefused("record a measurement");
		}
		Plan plan = this.plans.lockByIdAndAccountId(planId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		Objective objective = this.objectives.findByIdAndPlanId(objectiveId, planId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		if (!plan.getStatus().open()) {
			throw new PlanStateConflict("plan.closed");
		}
		checkValue(value, "latestValue");
		if (on == null) {
			throw new RuleViolation("latestOn", "objective.latestOn.required");
		}
		if (on.isAfter(today())) {
			throw new RuleViolation("latestOn", "objective.latestOn.future");
		}
		if (on.getYear() < plan.getHorizonFrom() - 1) {
			throw new RuleViolation("latestOn", "objective.latestOn.beforeHorizon");
		}
		objective.measure(value, on, this.clock.instant(), viewer.username());
		this.objectives.saveAndFlush(objective);
	}

	// ---------------------------------------------------------------- its life

	/**
	 * Submits a draft for review: every current team member is asked to sign it off (the
	 * submitter's own sign-off, if they are on the team, is given by submitting). It
	 * needs at least one objective, a strategy for each, and a team.
	 */
	@Transactional
	public void submit(long accountId, long planId, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		if (plan.getStatus() != PlanStatus.DRAFT) {
			throw new PlanStateConflict("plan.submit.notDraft");
		}
		List<PlanView.ObjectiveView> content = this.queries.objectives(planId, today());
		if (content.isEmpty()) {
			throw new PlanStateConflict("plan.submit.noObjectives");
		}
		if (content.stream().anyMatch((o) -> o.strategies().isEmpty())) {
			throw new PlanStateConflict("plan.submit.objectiveWithoutStrategy");
		}
		List<Long> team = this.queries.currentTeam(accountId, today());
		if (team.isEmpty()) {
			throw new PlanStateConflict("plan.submit.noTeam");
		}
		this.signOffs.deleteRound(planId, plan.getVersionNo());
		for (Long userId : team) {
			SignOff signOff = new SignOff(planId, plan.getVersionNo(), userId, this.clock.instant());
			if (userId.equals(viewer.userId())) {
				signOff.sign(this.clock.instant());
			}
			this.signOffs.save(signOff);
		}
		plan.submit(this.clock.instant(), viewer.username());
		// deleteRound cleared the persistence context: go on with the managed copy.
		plan = this.plans.saveAndFlush(plan);
		this.events.publishEvent(new PlanSubmitted(accountId, planId, plan.getVersionNo(), List.copyOf(team)));
		agreeIfAllSigned(plan, Set.copyOf(team), viewer.username());
	}

	/** Takes a plan in review back to draft; the sign-offs given so far lapse. */
	@Transactional
	public void withdraw(long accountId, long planId, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		if (plan.getStatus() != PlanStatus.IN_REVIEW) {
			throw new PlanStateConflict("plan.withdraw.notInReview");
		}
		this.signOffs.deleteRound(planId, plan.getVersionNo());
		plan.withdraw(this.clock.instant(), viewer.username());
		this.plans.saveAndFlush(plan);
	}

	/**
	 * The viewer signs off the plan in review, if they were asked and are still on the
	 * team. The last sign-off awaited agrees the plan.
	 */
	@Transactional
	public void signOff(long accountId, long planId, Viewer viewer) {
		if (!this.accounts.ref(accountId, viewer).contributes()) {
			throw new AccountActionRefused("sign off a plan");
		}
		Plan plan = this.plans.lockByIdAndAccountId(planId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		if (plan.getStatus() != PlanStatus.IN_REVIEW) {
			throw new PlanStateConflict("plan.sign.notInReview");
		}
		Set<Long> team = Set.copyOf(this.queries.currentTeam(accountId, today()));
		SignOff mine = this.signOffs.findByPlanIdAndVersionNo(planId, plan.getVersionNo())
			.stream()
			.filter((s) -> s.getUserId().equals(viewer.userId()))
			.findFirst()
			.orElseThrow(() -> new AccountActionRefused("sign off a plan one was not asked to sign"));
		if (!team.contains(viewer.userId())) {
			throw new AccountActionRefused("sign off after leaving the team");
		}
		if (mine.signed()) {
			throw new PlanStateConflict("plan.sign.already");
		}
		mine.sign(this.clock.instant());
		this.signOffs.save(mine);
		agreeIfAllSigned(plan, team, viewer.username());
	}

	/**
	 * A director agrees a plan in review without waiting for every sign-off, with a
	 * written reason that the plan shows.
	 */
	@Transactional
	public void overrideAgreement(long accountId, long planId, String reason, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		if (!viewer.isDirector()) {
			throw new AccountActionRefused("agree a plan without every sign-off");
		}
		Plan plan = this.plans.lockByIdAndAccountId(planId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		if (plan.getStatus() != PlanStatus.IN_REVIEW) {
			throw new PlanStateConflict("plan.override.notInReview");
		}
		String clean = required(reason, MAX_REASON, "reason", "plan.override.reason");
		if (clean.length() < 10) {
			throw new RuleViolation("reason", "plan.override.reason.short");
		}
		plan.agreeByOverride(clean, this.clock.instant(), viewer.username());
		this.plans.saveAndFlush(plan);
		this.events.publishEvent(new PlanAgreed(accountId, planId, plan.getVersionNo(), true));
	}

	/** An agreed plan goes live: from now on it is monitored. */
	@Transactional
	public void activate(long accountId, long planId, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		if (plan.getStatus() != PlanStatus.AGREED) {
			throw new PlanStateConflict("plan.activate.notAgreed");
		}
		plan.activate(this.clock.instant(), viewer.username());
		this.plans.saveAndFlush(plan);
		this.events.publishEvent(new PlanActivated(accountId, planId, plan.getVersionNo()));
	}

	/**
	 * Closes an agreed or active plan with a note on how it went; it is kept, read-only.
	 */
	@Transactional
	public void close(long accountId, long planId, String note, Viewer viewer) {
		Plan plan = shaping(accountId, planId, viewer);
		if (!plan.getStatus().agreed()) {
			throw new PlanStateConflict("plan.close.notAgreed");
		}
		String clean = required(note, MAX_REASON, "note", "plan.close.note");
		plan.close(clean, this.clock.instant(), viewer.username());
		this.plans.saveAndFlush(plan);
		this.events.publishEvent(new PlanClosed(accountId, planId, plan.getVersionNo()));
	}

	/**
	 * Looks again at the account's plan in review after its team changed: people who left
	 * no longer need to sign, so the plan is agreed if everybody still on the team who
	 * was asked has signed. If nobody who was asked is left, it stays in review for a
	 * director's override or a new submission.
	 */
	@Transactional
	public void reconsiderSignOffs(long accountId) {
		Optional<Long> open = this.queries.openPlanId(accountId);
		if (open.isEmpty()) {
			return;
		}
		this.plans.lockByIdAndAccountId(open.get(), accountId)
			.filter((plan) -> plan.getStatus() == PlanStatus.IN_REVIEW)
			.ifPresent((plan) -> agreeIfAllSigned(plan, Set.copyOf(this.queries.currentTeam(accountId, today())),
					plan.getUpdatedBy()));
	}

	private void agreeIfAllSigned(Plan plan, Set<Long> team, String by) {
		List<SignOff> round = this.signOffs.findByPlanIdAndVersionNo(plan.getId(), plan.getVersionNo())
			.stream()
			.filter((s) -> team.contains(s.getUserId()))
			.toList();
		if (!round.isEmpty() && round.stream().allMatch(SignOff::signed)) {
			plan.agree(this.clock.instant(), by);
			this.plans.saveAndFlush(plan);
			this.events.publishEvent(new PlanAgreed(plan.getAccountId(), plan.getId(), plan.getVersionNo(), false));
		}
	}

	// ---------------------------------------------------------------- rules

	/** The plan, locked, if the viewer may shape it and it is open. */
	private Plan shaping(long accountId, long planId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.can().editTeam()) {
			throw new AccountActionRefused("change the plan");
		}
		Plan plan = this.plans.lockByIdAndAccountId(planId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		if (!plan.getStatus().open()) {
			throw new PlanStateConflict("plan.closed");
		}
		return plan;
	}

	/**
	 * Before the objectives or strategies change: refused while the team reviews them; on
	 * an agreed or active plan the version as it stands is kept and the next one starts
	 * as a draft.
	 */
	private void changingContent(Plan plan, Viewer viewer) {
		if (plan.getStatus() == PlanStatus.IN_REVIEW) {
			throw new PlanStateConflict("plan.inReview.withdrawFirst");
		}
		if (plan.getStatus().agreed()) {
			PlanSnapshot snapshot = PlanSnapshot.of(plan.getTitle(), plan.getHorizonFrom(), plan.getHorizonTo(),
					this.queries.objectives(plan.getId(), today()));
			this.queries.saveVersion(plan.getId(), plan.getVersionNo(), plan.getStatus(), plan.getAgreedAt(),
					plan.getOverrideBy(), plan.getOverrideReason(), JSON.writeValueAsString(snapshot),
					this.clock.instant(), viewer.username());
			plan.startNextVersion(this.clock.instant(), viewer.username());
			this.plans.saveAndFlush(plan);
			this.events.publishEvent(new PlanVersionStarted(plan.getAccountId(), plan.getId(), plan.getVersionNo()));
		}
		else {
			plan.touch(this.clock.instant(), viewer.username());
		}
	}

	private ObjectiveInput check(ObjectiveInput input, Plan plan) {
		String title = required(input.title(), MAX_TITLE, "title", "objective.title");
		String metric = required(input.metric(), MAX_METRIC, "metric", "objective.metric");
		String unit = Text.blankToNull(input.unit());
		if (unit != null && unit.length() > MAX_UNIT) {
			throw new RuleViolation("unit", "objective.unit.tooLong");
		}
		checkValue(input.baseline(), "baseline");
		checkValue(input.target(), "target");
		if (input.baseline().compareTo(input.target()) == 0) {
			throw new RuleViolation("target", "objective.target.sameAsBaseline");
		}
		if (input.targetOn() == null) {
			throw new RuleViolation("targetOn", "objective.targetOn.required");
		}
		if (input.targetOn().getYear() < plan.getHorizonFrom() || input.targetOn().getYear() > plan.getHorizonTo()) {
			throw new RuleViolation("targetOn", "objective.targetOn.outsideHorizon");
		}
		return new ObjectiveInput(title, metric, unit, input.baseline(), input.target(), input.targetOn());
	}

	private ActionInput check(ActionInput input, Plan plan) {
		String description = required(input.description(), MAX_ACTION, "description", "action.description");
		if (input.ownerId() == null || this.queries.actionOwners(plan.getAccountId(), today())
			.stream()
			.noneMatch((owner) -> owner.userId() == input.ownerId())) {
			throw new RuleViolation("ownerId", "action.owner.notOnTeam");
		}
		if (input.dueOn() == null) {
			throw new RuleViolation("dueOn", "action.dueOn.required");
		}
		if (input.dueOn().getYear() < plan.getHorizonFrom() - 1 || input.dueOn().getYear() > plan.getHorizonTo()) {
			throw new RuleViolation("dueOn", "action.dueOn.outsideHorizon");
		}
		return new ActionInput(description, input.ownerId(), input.dueOn());
	}

	private void checkHorizon(Integer horizonFrom, Integer years) {
		int thisYear = today().getYear();
		if (horizonFrom == null) {
			throw new RuleViolation("horizonFrom", "plan.horizonFrom.required");
		}
		if (horizonFrom < thisYear - 1 || horizonFrom > thisYear + 2) {
			throw new RuleViolation("horizonFrom", "plan.horizonFrom.range");
		}
		if (years == null || (years != 3 && years != 4)) {
			throw new RuleViolation("years", "plan.years.range");
		}
	}

	private static void checkValue(BigDecimal value, String field) {
		if (value == null) {
			throw new RuleViolation(field, "objective." + field + ".required");
		}
		if (value.abs().compareTo(MAX_VALUE) > 0) {
			throw new RuleViolation(field, "objective.value.tooLarge");
		}
		if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation(field, "objective.value.decimals");
		}
	}

	private static String required(String value, int max, String field, String key) {
		String clean = Text.blankToNull(value);
		if (clean == null) {
			throw new RuleViolation(field, key + ".required");
		}
		if (clean.length() > max) {
			throw new RuleViolation(field, key + ".tooLong");
		}
		return clean;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
