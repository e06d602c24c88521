package org.keyline.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountNotFound;
import org.keyline.plan.PlanComparison.Change;
import org.keyline.plan.PlanComparison.ObjectiveDiff;
import org.keyline.plan.PlanComparison.StrategyDiff;
import org.keyline.plan.PlanView.ObjectiveView;
import org.keyline.plan.Plans.PlanAccount;
import org.keyline.plan.Plans.Submittable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keyline.plan.Plans.anAction;
import static org.keyline.plan.Plans.anObjective;
import static org.keyline.plan.Plans.withTarget;

/**
 * Changing what an agreed plan aims at keeps the agreed version and starts the next one
 * as a draft; carrying it out does not. Any two versions compare side by side.
 */
@KeylineTest
class PlanVersionTests extends PlanTestSupport {

	@Test
	void changingAnObjectiveOfAnAgreedPlanKeepsVersionOneAndStartsVersionTwoAsADraft() {
		PlanAccount account = anAccount(2);
		Submittable plan = agreed(account);
		PlanView agreed = view(account, plan.planId());
		ObjectiveView objective = agreed.objectives().get(0);
		this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
				withTarget(anObjective(this.thisYear), "300"), objective.version(), account.owner());
		PlanView next = view(account, plan.planId());
		assertThat(next.versionNo()).isEqualTo(2);
		assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(next.agreedAt()).isNull();
		assertThat(next.submittedAt()).isNull();
		assertThat(next.signOffs()).isEmpty();
		assertThat(next.objectives().get(0).target()).isEqualByComparingTo("300");
		assertThat(next.earlierVersions()).singleElement().satisfies((v) -> {
			assertThat(v.versionNo()).isEqualTo(1);
			assertThat(v.status()).isEqualTo(PlanStatus.AGREED);
			assertThat(v.agreedAt()).isEqualTo(agreed.agreedAt());
			assertThat(v.frozenBy()).isEqualTo(account.owner().username());
			assertThat(v.frozenAt()).isNotNull();
		});
		assertThat(keptVersions(plan.planId())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select snapshot ->> 'title' from plan_version where plan_id = ?",
				String.class, plan.planId()))
			.isEqualTo(agreed.title());
		// The signatures of version 1 are kept; version 2 is signed off again.
		assertThat(signOffs(plan.planId(), 1)).isEqualTo(2);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		assertThat(view(account, plan.planId()).awaited()).hasSize(2);
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.IN_REVIEW);
		this.plans.signOff(account.id(), plan.planId(), account.member(1));
		PlanView agreedAgain = view(account, plan.planId());
		assertThat(agreedAgain.status()).isEqualTo(PlanStatus.AGREED);
		assertThat(agreedAgain.versionNo()).isEqualTo(2);
		assertThat(signOffs(plan.planId(), 1)).isEqualTo(2);
		assertThat(signOffs(plan.planId(), 2)).isEqualTo(2);
	}

	@Test
	void anActivePlanIsKeptAsActive() {
		PlanAccount account = anAccount(1);
		Submittable plan = active(account);
		this.plans.addObjective(account.id(), plan.planId(),
				anObjective("New objective", "1", "5", LocalDate.of(this.thisYear + 2, 3, 31)), account.owner());
		PlanView next = view(account, plan.planId());
		assertThat(next.versionNo()).isEqualTo(2);
		assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(next.activatedAt()).isNull();
		assertThat(next.earlierVersions()).extracting(PlanView.VersionRef::status).containsExactly(PlanStatus.ACTIVE);
	}

	@Test
	void anOverriddenAgreementIsKeptWithItsVersion() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.overrideAgreement(account.id(), plan.planId(), "Agreed at the board meeting", account.director());
		this.plans.addStrategy(account.id(), plan.planId(), plan.objectiveId(), "Another way", account.owner());
		assertThat(this.jdbc.queryForMap(
				"select override_by, override_reason from plan_version where plan_id = ? and version_no = 1",
				plan.planId()))
			.containsEntry("override_by", account.director().username())
			.containsEntry("override_reason", "Agreed at the board meeting");
		PlanView next = view(account, plan.planId());
		assertThat(next.overrideBy()).isNull();
		assertThat(next.overrideReason()).isNull();
	}

	@Test
	void removingAnObjectiveStartsAVersion() {
		startsAVersion((c) -> this.plans.removeObjective(c.account().id(), c.plan().planId(), c.plan().objectiveId(),
				c.account().owner()));
	}

	@Test
	void addingChangingOrRemovingAStrategyStartsAVersion() {
		startsAVersion((c) -> this.plans.addStrategy(c.account().id(), c.plan().planId(), c.plan().objectiveId(),
				"Another way", c.account().owner()));
		startsAVersion((c) -> this.plans.updateStrategy(c.account().id(), c.plan().planId(), c.plan().strategyId(),
				"A better way", c.account().director()));
		startsAVersion((c) -> this.plans.removeStrategy(c.account().id(), c.plan().planId(), c.plan().strategyId(),
				c.account().owner()));
	}

	@Test
	void renamingThePlanOrMovingItsHorizonStartsAVersion() {
		startsAVersion((c) -> this.plans.describe(c.account().id(), c.plan().planId(), "Renamed", this.thisYear, 3,
				view(c.account(), c.plan().planId()).version(), c.account().owner()));
		startsAVersion((c) -> {
			PlanView view = view(c.account(), c.plan().planId());
			this.plans.describe(c.account().id(), c.plan().planId(), view.title(), this.thisYear, 4, view.version(),
					c.account().owner());
		});
	}

	private void startsAVersion(Consumer<Agreed> change) {
		PlanAccount account = anAccount(1);
		Agreed agreed = new Agreed(account, agreed(account));
		change.accept(agreed);
		PlanView next = view(account, agreed.plan().planId());
		assertThat(next.versionNo()).isEqualTo(2);
		assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(next.earlierVersions()).extracting(PlanView.VersionRef::versionNo).containsExactly(1);
	}

	record Agreed(PlanAccount account, Submittable plan) {
	}

	@Test
	void furtherChangesOfTheNewDraftStayInIt() {
		PlanAccount account = anAccount(1);
		Submittable plan = agreed(account);
		this.plans.addStrategy(account.id(), plan.planId(), plan.objectiveId(), "Another way", account.owner());
		ObjectiveView objective = view(account, plan.planId()).objectives().get(0);
		this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
				withTarget(anObjective(this.thisYear), "999"), objective.version(), account.owner());
		this.plans.addObjective(account.id(), plan.planId(), anObjective(this.thisYear), account.owner());
		PlanView view = view(account, plan.planId());
		assertThat(view.versionNo()).isEqualTo(2);
		assertThat(keptVersions(plan.planId())).isEqualTo(1);
	}

	@Test
	void carryingThePlanOutDoesNotStartAVersion() {
		PlanAccount account = anAccount(1);
		Submittable plan = active(account);
		long id = account.id();
		long planId = plan.planId();
		long action = this.plans.addAction(id, planId, plan.strategyId(),
				anAction(account.member(0).userId(), this.today), account.owner());
		PlanView view = view(account, planId);
		PlanView.ActionView first = view.objectives().get(0).actions().get(0);
		this.plans.updateAction(id, planId, first.id(),
				anAction("Meet the board", account.owner().userId(), this.today.plusDays(5)), first.version(),
				account.owner());
		this.plans.progressAction(id, planId, action, ActionStatus.DONE, account.member(0));
		this.plans.removeAction(id, planId, first.id(), account.owner());
		this.plans.measure(id, planId, plan.objectiveId(), new java.math.BigDecimal("140"), this.today,
				account.member(0));
		// Saving an objective, a strategy or the plan unchanged changes nothing.
		ObjectiveView objective = view(account, planId).objectives().get(0);
		this.plans.updateObjective(id, planId, objective.id(), anObjective(this.thisYear), objective.version(),
				account.owner());
		this.plans.updateStrategy(id, planId, plan.strategyId(), "Visit every plant twice a year", account.owner());
		PlanView now = view(account, planId);
		this.plans.describe(id, planId, now.title(), now.horizonFrom(), now.years(), now.version(), account.owner());
		PlanView after = view(account, planId);
		assertThat(after.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(after.versionNo()).isEqualTo(1);
		assertThat(after.earlierVersions()).isEmpty();
		assertThat(keptVersions(planId)).isZero();
		assertThat(after.objectives().get(0).latestValue()).isEqualByComparingTo("140");
	}

	// ------------------------------------------------------------------ comparing

	@Test
	void versionOneAndTwoSideBySide() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		long id = account.id();
		long planId = plan.planId();
		LocalDate on = LocalDate.of(this.thisYear + 1, 12, 31);
		long removedStrategy = this.plans.addStrategy(id, planId, plan.objectiveId(), "Second way", account.owner());
		long b = this.plans.addObjective(id, planId, anObjective("To be removed", "1", "2", on), account.owner());
		this.plans.addStrategy(id, planId, b, "B's way", account.owner());
		long c = this.plans.addObjective(id, planId, anObjective("Strategies change", "1", "2", on), account.owner());
		long changedStrategy = this.plans.addStrategy(id, planId, c, "C's way", account.owner());
		long e = this.plans.addObjective(id, planId, anObjective("Stays the same", "1", "2", on), account.owner());
		this.plans.addStrategy(id, planId, e, "E's way", account.owner());
		this.plans.submit(id, planId, account.owner());
		this.plans.signOff(id, planId, account.member(0));

		ObjectiveView a = view(account, planId).objectives().get(0);
		this.plans.updateObjective(id, planId, a.id(), anObjective("Grow revenue faster", "100", "300", a.targetOn()),
				a.version(), account.owner());
		this.plans.removeStrategy(id, planId, removedStrategy, account.owner());
		this.plans.removeObjective(id, planId, b, account.owner());
		this.plans.updateStrategy(id, planId, changedStrategy, "C's better way", account.owner());
		long addedStrategy = this.plans.addStrategy(id, planId, c, "C's new way", account.owner());
		long d = this.plans.addObjective(id, planId, anObjective("Added", "5", "1", on), account.owner());
		this.plans.addStrategy(id, planId, d, "D's way", account.owner());

		PlanComparison comparison = this.plans.compare(id, planId, 1, 2, account.mentor());
		assertThat(comparison.planId()).isEqualTo(planId);
		assertThat(comparison.left().versionNo()).isEqualTo(1);
		assertThat(comparison.left().status()).isEqualTo(PlanStatus.AGREED);
		assertThat(comparison.left().current()).isFalse();
		assertThat(comparison.right().versionNo()).isEqualTo(2);
		assertThat(comparison.right().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(comparison.right().current()).isTrue();
		assertThat(comparison.titleChanged()).isFalse();
		assertThat(comparison.horizonChanged()).isFalse();
		assertThat(comparison.objectives()).extracting(this::objectiveId, ObjectiveDiff::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple(b, Change.REMOVED),
					org.assertj.core.groups.Tuple.tuple(c, Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple(e, Change.SAME),
					org.assertj.core.groups.Tuple.tuple(d, Change.ADDED));
		ObjectiveDiff changedA = comparison.objectives().get(0);
		assertThat(changedA.changedFields()).containsExactly("title", "target");
		assertThat(changedA.changed("target")).isTrue();
		assertThat(changedA.changed("baseline")).isFalse();
		assertThat(changedA.left().target()).isEqualByComparingTo("200");
		assertThat(changedA.right().target()).isEqualByComparingTo("300");
		assertThat(changedA.left().strategies().get(0).actions()).hasSize(1);
		assertThat(changedA.strategies()).extracting(this::strategyId, StrategyDiff::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(plan.strategyId(), Change.SAME),
					org.assertj.core.groups.Tuple.tuple(removedStrategy, Change.REMOVED));
		ObjectiveDiff removedB = comparison.objectives().get(1);
		assertThat(removedB.right()).isNull();
		assertThat(removedB.strategies()).extracting(StrategyDiff::change).containsExactly(Change.REMOVED);
		ObjectiveDiff changedC = comparison.objectives().get(2);
		assertThat(changedC.changedFields()).isEmpty();
		assertThat(changedC.strategies()).extracting(this::strategyId, StrategyDiff::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(changedStrategy, Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple(addedStrategy, Change.ADDED));
		assertThat(changedC.strategies().get(0).left().description()).isEqualTo("C's way");
		assertThat(changedC.strategies().get(0).right().description()).isEqualTo("C's better way");
		ObjectiveDiff addedD = comparison.objectives().get(4);
		assertThat(addedD.left()).isNull();
		assertThat(addedD.strategies()).extracting(StrategyDiff::change).containsExactly(Change.ADDED);
	}

	@Test
	void versionOneAndThreeSideBySideAfterTwoRounds() {
		PlanAccount account = anAccount(1);
		Submittable plan = agreed(account);
		long id = account.id();
		long planId = plan.planId();
		ObjectiveView a = view(account, planId).objectives().get(0);
		this.plans.updateObjective(id, planId, a.id(), withTarget(anObjective(this.thisYear), "300"), a.version(),
				account.owner());
		this.plans.submit(id, planId, account.owner());
		this.plans.signOff(id, planId, account.member(0));
		this.plans.activate(id, planId, account.owner());
		PlanView second = view(account, planId);
		this.plans.describe(id, planId, "Third version", this.thisYear, 4, second.version(), account.owner());
		PlanView third = view(account, planId);
		assertThat(third.versionNo()).isEqualTo(3);
		assertThat(third.earlierVersions()).extracting(PlanView.VersionRef::versionNo, PlanView.VersionRef::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.AGREED),
					org.assertj.core.groups.Tuple.tuple(2, PlanStatus.ACTIVE));

		PlanComparison oneToThree = this.plans.compare(id, planId, 1, 3, account.owner());
		assertThat(oneToThree.titleChanged()).isTrue();
		assertThat(oneToThree.horizonChanged()).isTrue();
		assertThat(oneToThree.left().plan().title()).isEqualTo(second.title());
		assertThat(oneToThree.left().plan().horizonTo()).isEqualTo(this.thisYear + 2);
		assertThat(oneToThree.right().plan().title()).isEqualTo("Third version");
		assertThat(oneToThree.right().plan().horizonTo()).isEqualTo(this.thisYear + 3);
		assertThat(oneToThree.objectives()).singleElement().satisfies((o) -> {
			assertThat(o.change()).isEqualTo(Change.CHANGED);
			assertThat(o.changedFields()).containsExactly("target");
		});

		PlanComparison oneToTwo = this.plans.compare(id, planId, 1, 2, account.member(0));
		assertThat(oneToTwo.left().current()).isFalse();
		assertThat(oneToTwo.right().current()).isFalse();
		assertThat(oneToTwo.right().status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(oneToTwo.titleChanged()).isFalse();
		assertThat(oneToTwo.objectives()).extracting(ObjectiveDiff::change).containsExactly(Change.CHANGED);

		PlanComparison twoToThree = this.plans.compare(id, planId, 2, 3, account.director());
		assertThat(twoToThree.titleChanged()).isTrue();
		assertThat(twoToThree.objectives()).extracting(ObjectiveDiff::change).containsExactly(Change.SAME);
	}

	@Test
	void aVersionThatDoesNotExistIsNotCompared() {
		PlanAccount account = anAccount(1);
		Submittable plan = agreed(account);
		assertThatThrownBy(() -> this.plans.compare(account.id(), plan.planId(), 1, 2, account.owner()))
			.isInstanceOfSatisfying(org.keyline.shared.RuleViolation.class, (e) -> {
				assertThat(e.field()).isEqualTo("version");
				assertThat(e.messageKey()).isEqualTo("plan.compare.noSuchVersion");
			});
		this.plans.addStrategy(account.id(), plan.planId(), plan.objectiveId(), "Another way", account.owner());
		for (int[] pair : List.of(new int[] { 1, 3 }, new int[] { 0, 2 }, new int[] { -1, 1 })) {
			assertThatThrownBy(() -> this.plans.compare(account.id(), plan.planId(), pair[0], pair[1], account.owner()))
				.isInstanceOf(org.keyline.shared.RuleViolation.class);
		}
		assertThat(this.plans.compare(account.id(), plan.planId(), 1, 1, account.owner()).objectives())
			.extracting(ObjectiveDiff::change)
			.containsExactly(Change.SAME);
		assertThatThrownBy(() -> this.plans.compare(account.id(), plan.planId(), 1, 2, account.stranger()))
			.isInstanceOf(AccountNotFound.class);
	}

	private long objectiveId(ObjectiveDiff diff) {
		return (diff.left() != null) ? diff.left().id() : diff.right().id();
	}

	private long strategyId(StrategyDiff diff) {
		return (diff.left() != null) ? diff.left().id() : diff.right().id();
	}

	private long signOffs(long planId, int versionNo) {
		return this.jdbc.queryForObject("select count(*) from plan_signoff where plan_id = ? and version_no = ?",
				Long.class, planId, versionNo);
	}

}
