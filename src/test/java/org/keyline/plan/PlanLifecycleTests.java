package org.keyline.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountNotFound;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.plan.Plans.PlanAccount;
import org.keyline.plan.Plans.Submittable;
import org.keyline.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keyline.plan.Plans.anAction;
import static org.keyline.plan.Plans.anObjective;

/**
 * A plan's life from draft to closed: who may start one, the horizon, and every allowed
 * and refused move between its states.
 */
@KeylineTest
class PlanLifecycleTests extends PlanTestSupport {

	// ------------------------------------------------------------------ start

	@Test
	void theOwnerStartsADraftOfThreeYears() {
		PlanAccount account = anAccount(0);
		long planId = this.plans.start(account.id(), "  Grow with Acme  ", this.thisYear, 3, account.owner());
		PlanView plan = view(account, planId, account.owner());
		assertThat(plan.title()).isEqualTo("Grow with Acme");
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.versionNo()).isEqualTo(1);
		assertThat(plan.horizonFrom()).isEqualTo(this.thisYear);
		assertThat(plan.horizonTo()).isEqualTo(this.thisYear + 2);
		assertThat(plan.years()).isEqualTo(3);
		assertThat(plan.createdBy()).isEqualTo("Test " + account.owner().username());
		assertThat(plan.objectives()).isEmpty();
		assertThat(plan.signOffs()).isEmpty();
		assertThat(plan.earlierVersions()).isEmpty();
		assertThat(plan.can().shape()).isTrue();
		assertThat(this.plans.openPlanId(account.id(), account.owner())).contains(planId);
	}

	@Test
	void aDirectorStartsAPlanOfFourYears() {
		PlanAccount account = anAccount(0);
		long planId = this.plans.start(account.id(), "Director's plan", this.thisYear + 1, 4, account.director());
		PlanView plan = view(account, planId);
		assertThat(plan.horizonFrom()).isEqualTo(this.thisYear + 1);
		assertThat(plan.horizonTo()).isEqualTo(this.thisYear + 4);
		assertThat(plan.years()).isEqualTo(4);
	}

	@Test
	void aTeamMemberAndAMentorMayNotStartAPlan() {
		PlanAccount account = anAccount(1);
		assertThatThrownBy(() -> this.plans.start(account.id(), "Mine", this.thisYear, 3, account.member(0)))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.plans.start(account.id(), "Mine", this.thisYear, 3, account.mentor()))
			.isInstanceOf(AccountActionRefused.class);
		assertThat(this.plans.plans(account.id(), account.director()).plans()).isEmpty();
		assertThat(this.plans.plans(account.id(), account.member(0)).canStart()).isFalse();
		assertThat(this.plans.plans(account.id(), account.owner()).canStart()).isTrue();
	}

	@Test
	void aStrangerDoesNotFindTheAccount() {
		PlanAccount account = anAccount(0);
		assertThatThrownBy(() -> this.plans.start(account.id(), "Mine", this.thisYear, 3, account.stranger()))
			.isInstanceOf(AccountNotFound.class);
		long planId = Plans.aDraft(this.plans, account, this.today);
		assertThatThrownBy(() -> this.plans.plan(account.id(), planId, account.stranger()))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.plans.plans(account.id(), account.stranger()))
			.isInstanceOf(AccountNotFound.class);
		assertThat(this.plans.plans(account.id(), account.director()).plans()).hasSize(1);
	}

	@Test
	void aPlanOfAnotherAccountIsNotFound() {
		PlanAccount account = anAccount(0);
		PlanAccount other = anAccount(0);
		long planId = Plans.aDraft(this.plans, account, this.today);
		assertThatThrownBy(() -> this.plans.plan(other.id(), planId, other.owner()))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.plans.addObjective(other.id(), planId, anObjective(this.thisYear), other.owner()))
			.isInstanceOf(AccountNotFound.class);
		assertThat(view(account, planId).objectives()).isEmpty();
	}

	@Test
	void anAccountHasOneOpenPlanAtATime() {
		PlanAccount account = anAccount(0);
		long planId = Plans.aDraft(this.plans, account, this.today);
		PlanView before = view(account, planId);
		assertThatThrownBy(() -> this.plans.start(account.id(), "Second", this.thisYear, 3, account.director()))
			.isInstanceOfSatisfying(PlanStateConflict.class,
					(e) -> assertThat(e.messageKey()).isEqualTo("plan.start.openExists"));
		assertThat(this.plans.plans(account.id(), account.director()).plans()).extracting(PlanSummary::id)
			.containsExactly(planId);
		assertThat(view(account, planId)).isEqualTo(before);
	}

	@Test
	void theHorizonIsThreeOrFourYearsFromLastYearToTwoYearsAhead() {
		PlanAccount account = anAccount(0);
		startRefused(account, "Plan", null, 3, "horizonFrom", "plan.horizonFrom.required");
		startRefused(account, "Plan", this.thisYear - 2, 3, "horizonFrom", "plan.horizonFrom.range");
		startRefused(account, "Plan", this.thisYear + 3, 3, "horizonFrom", "plan.horizonFrom.range");
		startRefused(account, "Plan", this.thisYear, null, "years", "plan.years.range");
		startRefused(account, "Plan", this.thisYear, 2, "years", "plan.years.range");
		startRefused(account, "Plan", this.thisYear, 5, "years", "plan.years.range");
		PlanAccount lastYear = anAccount(0);
		long planId = this.plans.start(lastYear.id(), "Plan", this.thisYear - 1, 3, lastYear.owner());
		assertThat(view(lastYear, planId).horizonTo()).isEqualTo(this.thisYear + 1);
		PlanAccount twoAhead = anAccount(0);
		planId = this.plans.start(twoAhead.id(), "Plan", this.thisYear + 2, 4, twoAhead.owner());
		assertThat(view(twoAhead, planId).horizonTo()).isEqualTo(this.thisYear + 5);
	}

	@Test
	void aPlanNeedsATitleOfAtMost200Characters() {
		PlanAccount account = anAccount(0);
		startRefused(account, null, this.thisYear, 3, "title", "plan.title.required");
		startRefused(account, "   ", this.thisYear, 3, "title", "plan.title.required");
		startRefused(account, "x".repeat(201), this.thisYear, 3, "title", "plan.title.tooLong");
		long planId = this.plans.start(account.id(), "x".repeat(200), this.thisYear, 3, account.owner());
		assertThat(view(account, planId).title()).hasSize(200);
	}

	private void startRefused(PlanAccount account, String title, Integer from, Integer years, String field,
			String key) {
		assertThatThrownBy(() -> this.plans.start(account.id(), title, from, years, account.owner()))
			.isInstanceOfSatisfying(RuleViolation.class, (e) -> {
				assertThat(e.field()).isEqualTo(field);
				assertThat(e.messageKey()).isEqualTo(key);
			});
		assertThat(this.plans.plans(account.id(), account.director()).plans()).isEmpty();
	}

	// ------------------------------------------------------------------ submit

	@Test
	void aPlanWithoutObjectivesIsNotSubmitted() {
		PlanAccount account = anAccount(1);
		long planId = Plans.aDraft(this.plans, account, this.today);
		conflict("plan.submit.noObjectives", account, planId,
				() -> this.plans.submit(account.id(), planId, account.owner()));
	}

	@Test
	void aPlanWithAnObjectiveWithoutStrategyIsNotSubmitted() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		this.plans.addObjective(account.id(), plan.planId(),
				anObjective("Second", "1", "2", this.today.withDayOfYear(1).plusYears(1)), account.owner());
		conflict("plan.submit.objectiveWithoutStrategy", account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.owner()));
	}

	@Test
	void aPlanOfAnAccountWithoutTeamIsNotSubmitted() {
		PlanAccount account = anAccount(0);
		Submittable plan = submittable(account);
		conflict("plan.submit.noTeam", account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.owner()));
	}

	@Test
	void onlyADraftIsSubmitted() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		conflict("plan.submit.notDraft", account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.owner()));
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		this.plans.signOff(account.id(), plan.planId(), account.member(1));
		conflict("plan.submit.notDraft", account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.owner()));
		this.plans.activate(account.id(), plan.planId(), account.owner());
		conflict("plan.submit.notDraft", account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.owner()));
	}

	@Test
	void teamMembersAndMentorsDoNotSubmit() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.member(0)));
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.mentor()));
		refused(AccountNotFound.class, account, plan.planId(),
				() -> this.plans.submit(account.id(), plan.planId(), account.stranger()));
	}

	@Test
	void submittingAsksEveryCurrentTeamMemberButNotAFormerOne() {
		PlanAccount account = anAccount(2);
		Viewer former = Accounts.aViewer(this.testUsers, "former", Role.MEMBER);
		this.accounts.addTeamMember(account.id(), former.userId(), TeamRole.SPECIALIST, "Legal",
				this.today.minusMonths(3), this.today.minusDays(1), account.director());
		Viewer future = Accounts.aViewer(this.testUsers, "future", Role.MEMBER);
		this.accounts.addTeamMember(account.id(), future.userId(), TeamRole.ACCOUNT_DEVELOPMENT, null,
				this.today.plusDays(10), null, account.director());
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.IN_REVIEW);
		assertThat(view.submittedBy()).isEqualTo("Test " + account.owner().username());
		assertThat(view.submittedAt()).isNotNull();
		assertThat(view.signOffs()).extracting(PlanView.SignOffView::userId)
			.containsExactlyInAnyOrder(account.member(0).userId(), account.member(1).userId());
		assertThat(view.signOffs()).allSatisfy((s) -> {
			assertThat(s.signedAt()).isNull();
			assertThat(s.onTeam()).isTrue();
			assertThat(s.requestedAt()).isNotNull();
		});
		assertThat(view.awaited()).hasSize(2);
		assertThat(view(account, plan.planId(), account.member(0)).can().sign()).isTrue();
		assertThat(view(account, plan.planId(), account.owner()).can().sign()).isFalse();
		assertThat(view(account, plan.planId(), account.mentor()).can().sign()).isFalse();
	}

	@Test
	void theSubmittersOwnSignOffIsGivenWhenTheyAreOnTheTeam() {
		PlanAccount account = anAccount(1);
		this.accounts.addTeamMember(account.id(), account.owner().userId(), TeamRole.ACCOUNT_DEVELOPMENT, null,
				this.today.minusDays(30), null, account.director());
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.IN_REVIEW);
		assertThat(view.signedBy(account.owner().userId())).isTrue();
		assertThat(view.signedBy(account.member(0).userId())).isFalse();
		assertThat(view.awaited()).extracting(PlanView.SignOffView::userId).containsExactly(account.member(0).userId());
	}

	@Test
	void aPlanSubmittedByTheOnlyTeamMemberIsAgreedAtOnce() {
		PlanAccount account = anAccount(0);
		this.accounts.addTeamMember(account.id(), account.owner().userId(), TeamRole.ACCOUNT_DEVELOPMENT, null,
				this.today.minusDays(30), null, account.director());
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.AGREED);
		assertThat(view.agreedAt()).isNotNull();
		assertThat(view.overrideBy()).isNull();
	}

	// ------------------------------------------------------------------ withdraw

	@Test
	void withdrawingAPlanInReviewMakesItADraftAndTheSignOffsLapse() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		this.plans.withdraw(account.id(), plan.planId(), account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(view.signOffs()).isEmpty();
		assertThat(view.submittedAt()).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from plan_signoff where plan_id = ?", Long.class,
				plan.planId()))
			.isZero();
		// Submitted again, everybody is asked again, the earlier signature does not
		// count.
		this.plans.submit(account.id(), plan.planId(), account.director());
		view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.IN_REVIEW);
		assertThat(view.awaited()).hasSize(2);
	}

	@Test
	void onlyAPlanInReviewIsWithdrawn() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		conflict("plan.withdraw.notInReview", account, plan.planId(),
				() -> this.plans.withdraw(account.id(), plan.planId(), account.owner()));
		this.plans.submit(account.id(), plan.planId(), account.owner());
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.withdraw(account.id(), plan.planId(), account.member(0)));
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		conflict("plan.withdraw.notInReview", account, plan.planId(),
				() -> this.plans.withdraw(account.id(), plan.planId(), account.owner()));
	}

	// ------------------------------------------------------------------ activate

	@Test
	void anAgreedPlanIsActivated() {
		PlanAccount account = anAccount(1);
		Submittable plan = agreed(account);
		this.plans.activate(account.id(), plan.planId(), account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(view.activatedAt()).isNotNull();
		assertThat(view.agreedAt()).isNotNull();
	}

	@Test
	void onlyAnAgreedPlanIsActivated() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		conflict("plan.activate.notAgreed", account, plan.planId(),
				() -> this.plans.activate(account.id(), plan.planId(), account.owner()));
		this.plans.submit(account.id(), plan.planId(), account.owner());
		conflict("plan.activate.notAgreed", account, plan.planId(),
				() -> this.plans.activate(account.id(), plan.planId(), account.owner()));
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.activate(account.id(), plan.planId(), account.member(0)));
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.activate(account.id(), plan.planId(), account.mentor()));
		this.plans.activate(account.id(), plan.planId(), account.director());
		conflict("plan.activate.notAgreed", account, plan.planId(),
				() -> this.plans.activate(account.id(), plan.planId(), account.owner()));
	}

	// ------------------------------------------------------------------ close

	@Test
	void anAgreedPlanIsClosedWithANote() {
		PlanAccount account = anAccount(1);
		Submittable plan = agreed(account);
		violation("note", "plan.close.note.required", account, plan.planId(),
				() -> this.plans.close(account.id(), plan.planId(), "  ", account.owner()));
		violation("note", "plan.close.note.tooLong", account, plan.planId(),
				() -> this.plans.close(account.id(), plan.planId(), "x".repeat(2001), account.owner()));
		this.plans.close(account.id(), plan.planId(), " Replaced by the new group plan ", account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.CLOSED);
		assertThat(view.closingNote()).isEqualTo("Replaced by the new group plan");
		assertThat(view.closedAt()).isNotNull();
		assertThat(view.can().shape()).isFalse();
		assertThat(view.can().monitor()).isFalse();
	}

	@Test
	void anActivePlanIsClosedByADirector() {
		PlanAccount account = anAccount(1);
		Submittable plan = active(account);
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.close(account.id(), plan.planId(), "Done", account.member(0)));
		this.plans.close(account.id(), plan.planId(), "Targets met", account.director());
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.CLOSED);
	}

	@Test
	void aDraftOrAPlanInReviewIsNotClosed() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		conflict("plan.close.notAgreed", account, plan.planId(),
				() -> this.plans.close(account.id(), plan.planId(), "Never mind", account.owner()));
		this.plans.submit(account.id(), plan.planId(), account.owner());
		conflict("plan.close.notAgreed", account, plan.planId(),
				() -> this.plans.close(account.id(), plan.planId(), "Never mind", account.owner()));
	}

	@Test
	void everyChangeOfAClosedPlanIsRefused() {
		PlanAccount account = anAccount(1);
		Submittable plan = active(account);
		PlanView open = view(account, plan.planId());
		PlanView.ObjectiveView objective = open.objectives().get(0);
		PlanView.ActionView action = objective.actions().get(0);
		this.plans.close(account.id(), plan.planId(), "Over", account.owner());
		long id = account.id();
		long planId = plan.planId();
		PlanView closed = view(account, planId);
		conflict("plan.closed", account, planId,
				() -> this.plans.describe(id, planId, "New", this.thisYear, 3, closed.version(), account.owner()));
		conflict("plan.closed", account, planId,
				() -> this.plans.addObjective(id, planId, anObjective(this.thisYear), account.owner()));
		conflict("plan.closed", account, planId, () -> this.plans.updateObjective(id, planId, objective.id(),
				Plans.withTarget(anObjective(this.thisYear), "300"), objective.version(), account.owner()));
		conflict("plan.closed", account, planId,
				() -> this.plans.removeObjective(id, planId, objective.id(), account.owner()));
		conflict("plan.closed", account, planId,
				() -> this.plans.addStrategy(id, planId, objective.id(), "More", account.owner()));
		conflict("plan.closed", account, planId,
				() -> this.plans.updateStrategy(id, planId, plan.strategyId(), "Other", account.owner()));
		conflict("plan.closed", account, planId,
				() -> this.plans.removeStrategy(id, planId, plan.strategyId(), account.owner()));
		conflict("plan.closed", account, planId, () -> this.plans.addAction(id, planId, plan.strategyId(),
				anAction(account.owner().userId(), this.today), account.owner()));
		conflict("plan.closed", account, planId, () -> this.plans.updateAction(id, planId, action.id(),
				anAction("Other", account.owner().userId(), this.today), action.version(), account.owner()));
		conflict("plan.closed", account, planId,
				() -> this.plans.removeAction(id, planId, action.id(), account.owner()));
		conflict("plan.closed", account, planId,
				() -> this.plans.progressAction(id, planId, action.id(), ActionStatus.DONE, account.owner()));
		conflict("plan.closed", account, planId, () -> this.plans.measure(id, planId, objective.id(),
				new java.math.BigDecimal("150"), this.today, account.member(0)));
		conflict("plan.closed", account, planId, () -> this.plans.submit(id, planId, account.owner()));
		conflict("plan.closed", account, planId, () -> this.plans.withdraw(id, planId, account.owner()));
		conflict("plan.closed", account, planId, () -> this.plans.activate(id, planId, account.owner()));
		conflict("plan.closed", account, planId, () -> this.plans.close(id, planId, "Again", account.owner()));
		conflict("plan.sign.notInReview", account, planId, () -> this.plans.signOff(id, planId, account.member(0)));
		conflict("plan.override.notInReview", account, planId,
				() -> this.plans.overrideAgreement(id, planId, "Because we must", account.director()));
	}

	@Test
	void afterClosingANewPlanIsStarted() {
		PlanAccount account = anAccount(1);
		Submittable first = agreed(account);
		this.plans.close(account.id(), first.planId(), "Superseded", account.owner());
		assertThat(this.plans.openPlanId(account.id(), account.owner())).isEmpty();
		long second = this.plans.start(account.id(), "Next plan", this.thisYear, 4, account.owner());
		PlanList list = this.plans.plans(account.id(), account.member(0));
		assertThat(list.open()).map(PlanSummary::id).contains(second);
		assertThat(list.closed()).extracting(PlanSummary::id).containsExactly(first.planId());
		assertThat(list.plans()).extracting(PlanSummary::id).containsExactly(second, first.planId());
		assertThat(this.plans.openPlanId(account.id(), account.owner())).contains(second);
	}

	@Test
	void aClosedPlanIsStillReadByEveryoneWhoSeesTheAccount() {
		PlanAccount account = anAccount(1);
		Submittable plan = agreed(account);
		this.plans.close(account.id(), plan.planId(), "Over", account.owner());
		for (Viewer viewer : List.of(account.owner(), account.director(), account.member(0), account.mentor())) {
			assertThat(view(account, plan.planId(), viewer).objectives()).hasSize(1);
		}
	}

}
