package org.keyline.plan;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.KeylineTest;
import org.keyline.plan.Plans.PlanAccount;
import org.keyline.plan.Plans.Submittable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.keyline.plan.Plans.anAction;
import static org.keyline.plan.Plans.anObjective;

/**
 * Who signs a plan in review, when it is agreed, a director's override, and a member who
 * leaves the team while the plan is in review.
 */
@KeylineTest
class PlanSignOffTests extends PlanTestSupport {

	@Test
	void thePlanIsAgreedWhenTheLastMemberAskedSigns() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		PlanView half = view(account, plan.planId());
		assertThat(half.status()).isEqualTo(PlanStatus.IN_REVIEW);
		assertThat(half.signedBy(account.member(0).userId())).isTrue();
		assertThat(half.awaited()).extracting(PlanView.SignOffView::userId).containsExactly(account.member(1).userId());
		assertThat(half.agreedAt()).isNull();
		assertThat(view(account, plan.planId(), account.member(0)).can().sign()).isFalse();
		assertThat(view(account, plan.planId(), account.member(1)).can().sign()).isTrue();
		this.plans.signOff(account.id(), plan.planId(), account.member(1));
		PlanView agreed = view(account, plan.planId());
		assertThat(agreed.status()).isEqualTo(PlanStatus.AGREED);
		assertThat(agreed.agreedAt()).isNotNull();
		assertThat(agreed.overrideBy()).isNull();
		assertThat(agreed.overrideReason()).isNull();
		assertThat(agreed.awaited()).isEmpty();
		assertThat(agreed.signOffs()).allSatisfy((s) -> assertThat(s.signedAt()).isNotNull());
		assertThat(agreed.can().sign()).isFalse();
		assertThat(agreed.can().override()).isFalse();
	}

	@Test
	void nobodySignsTwice() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		conflict("plan.sign.already", account, plan.planId(),
				() -> this.plans.signOff(account.id(), plan.planId(), account.member(0)));
	}

	@Test
	void someoneNotAskedDoesNotSign() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		Viewer latecomer = Plans.joins(this.accounts, this.testUsers, account.id(), account.director(), this.today);
		for (Viewer notAsked : new Viewer[] { account.owner(), account.director(), account.mentor(), latecomer }) {
			refused(AccountActionRefused.class, account, plan.planId(),
					() -> this.plans.signOff(account.id(), plan.planId(), notAsked));
		}
		refused(AccountNotFound.class, account, plan.planId(),
				() -> this.plans.signOff(account.id(), plan.planId(), account.stranger()));
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.IN_REVIEW);
	}

	@Test
	void aDraftIsNotSigned() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		conflict("plan.sign.notInReview", account, plan.planId(),
				() -> this.plans.signOff(account.id(), plan.planId(), account.member(0)));
	}

	@Test
	void theObjectivesAndStrategiesOfAPlanInReviewDoNotChangeUntilItIsWithdrawn() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		PlanView view = view(account, plan.planId());
		PlanView.ObjectiveView objective = view.objectives().get(0);
		long id = account.id();
		long planId = plan.planId();
		String withdrawFirst = "plan.inReview.withdrawFirst";
		conflict(withdrawFirst, account, planId,
				() -> this.plans.describe(id, planId, "Renamed", this.thisYear, 3, view.version(), account.owner()));
		conflict(withdrawFirst, account, planId,
				() -> this.plans.addObjective(id, planId, anObjective(this.thisYear), account.owner()));
		conflict(withdrawFirst, account, planId, () -> this.plans.updateObjective(id, planId, objective.id(),
				Plans.withTarget(anObjective(this.thisYear), "400"), objective.version(), account.owner()));
		conflict(withdrawFirst, account, planId,
				() -> this.plans.removeObjective(id, planId, objective.id(), account.owner()));
		conflict(withdrawFirst, account, planId,
				() -> this.plans.addStrategy(id, planId, objective.id(), "Another way", account.owner()));
		conflict(withdrawFirst, account, planId,
				() -> this.plans.updateStrategy(id, planId, plan.strategyId(), "Another way", account.owner()));
		conflict(withdrawFirst, account, planId,
				() -> this.plans.removeStrategy(id, planId, plan.strategyId(), account.owner()));
		// Actions are how the team carries the plan out: they may change during the
		// review.
		this.plans.addAction(id, planId, plan.strategyId(), anAction(account.member(0).userId(), this.today),
				account.owner());
		assertThat(view(account, planId).actionCount()).isEqualTo(2);
		this.plans.withdraw(id, planId, account.owner());
		this.plans.addObjective(id, planId, anObjective(this.thisYear), account.owner());
		assertThat(view(account, planId).objectives()).hasSize(2);
	}

	// ------------------------------------------------------------------ override

	@Test
	void aDirectorAgreesAPlanInReviewWithAWrittenReason() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		assertThat(view(account, plan.planId()).can().override()).isTrue();
		assertThat(view(account, plan.planId(), account.owner()).can().override()).isFalse();
		this.plans.overrideAgreement(account.id(), plan.planId(), "  Member on long leave, plan must start  ",
				account.director());
		PlanView view = view(account, plan.planId(), account.owner());
		assertThat(view.status()).isEqualTo(PlanStatus.AGREED);
		assertThat(view.agreedAt()).isNotNull();
		assertThat(view.overrideBy()).isEqualTo("Test " + account.director().username());
		assertThat(view.overrideReason()).isEqualTo("Member on long leave, plan must start");
		assertThat(view.signedBy(account.member(1).userId())).isFalse();
	}

	@Test
	void anOverrideNeedsAReasonOfTenCharacters() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		violation("reason", "plan.override.reason.required", account, plan.planId(),
				() -> this.plans.overrideAgreement(account.id(), plan.planId(), "   ", account.director()));
		violation("reason", "plan.override.reason.required", account, plan.planId(),
				() -> this.plans.overrideAgreement(account.id(), plan.planId(), null, account.director()));
		violation("reason", "plan.override.reason.short", account, plan.planId(),
				() -> this.plans.overrideAgreement(account.id(), plan.planId(), " Because  ", account.director()));
		violation("reason", "plan.override.reason.tooLong", account, plan.planId(),
				() -> this.plans.overrideAgreement(account.id(), plan.planId(), "x".repeat(2001), account.director()));
		this.plans.overrideAgreement(account.id(), plan.planId(), "Ten chars!", account.director());
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED);
	}

	@Test
	void onlyADirectorOverrides() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		for (Viewer notDirector : new Viewer[] { account.owner(), account.member(0), account.mentor() }) {
			refused(AccountActionRefused.class, account, plan.planId(), () -> this.plans.overrideAgreement(account.id(),
					plan.planId(), "I want it agreed now", notDirector));
		}
		refused(AccountNotFound.class, account, plan.planId(), () -> this.plans.overrideAgreement(account.id(),
				plan.planId(), "I want it agreed now", account.stranger()));
	}

	@Test
	void onlyAPlanInReviewIsOverridden() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		conflict("plan.override.notInReview", account, plan.planId(), () -> this.plans.overrideAgreement(account.id(),
				plan.planId(), "Agree the draft please", account.director()));
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		conflict("plan.override.notInReview", account, plan.planId(), () -> this.plans.overrideAgreement(account.id(),
				plan.planId(), "Agree it once more", account.director()));
	}

	// ------------------------------------------------------------------ leaving

	@Test
	void aMemberWhoLeavesTheTeamMidReviewIsNoLongerAwaited() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		Plans.leaves(this.accounts, account.id(), account.member(1), this.today, account.director());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED));
		PlanView view = view(account, plan.planId());
		assertThat(view.overrideBy()).isNull();
		assertThat(view.signedBy(account.member(1).userId())).isFalse();
		assertThat(view.signOffs()).filteredOn((s) -> s.userId() == account.member(1).userId())
			.singleElement()
			.satisfies((s) -> assertThat(s.onTeam()).isFalse());
		assertThat(view.awaited()).isEmpty();
	}

	@Test
	void aMemberWhoLeavesLaterIsStillAwaitedAndSigns() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		Plans.leaves(this.accounts, account.id(), account.member(1), this.today.plusDays(14), account.director());
		awaitTeamChangesHandled(account, 1);
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.IN_REVIEW);
		assertThat(view(account, plan.planId()).awaited()).extracting(PlanView.SignOffView::userId)
			.containsExactly(account.member(1).userId());
		this.plans.signOff(account.id(), plan.planId(), account.member(1));
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED);
	}

	@Test
	void aMemberWhoLeavesTodayNoLongerSigns() {
		PlanAccount account = anAccount(3);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		Plans.leaves(this.accounts, account.id(), account.member(2), this.today, account.director());
		awaitTeamChangesHandled(account, 1);
		refused(AccountActionRefused.class, account, plan.planId(),
				() -> this.plans.signOff(account.id(), plan.planId(), account.member(2)));
		assertThat(view(account, plan.planId(), account.member(2)).can().sign()).isFalse();
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		this.plans.signOff(account.id(), plan.planId(), account.member(1));
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED);
	}

	@Test
	void theAccountPageCountsOnlyTheSignOffsStillAwaited() {
		PlanAccount account = anAccount(3);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		Plans.leaves(this.accounts, account.id(), account.member(2), this.today, account.director());
		awaitTeamChangesHandled(account, 1);
		AccountRef ref = this.accounts.ref(account.id(), account.member(1));
		assertThat(this.plans.glance(ref, account.member(1))).hasValueSatisfying((g) -> {
			assertThat(g.awaitedSignOffs()).isEqualTo(view(account, plan.planId()).awaited().size()).isEqualTo(1);
			assertThat(g.awaitingViewer()).isTrue();
		});
		AccountRef leaversRef = this.accounts.ref(account.id(), account.member(2));
		assertThat(this.plans.glance(leaversRef, account.member(2)))
			.hasValueSatisfying((g) -> assertThat(g.awaitingViewer()).isFalse());
	}

	@Test
	void aMemberWhoLeftYesterdayIsNoLongerAwaited() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		Plans.leaves(this.accounts, account.id(), account.member(1), this.today.minusDays(1), account.director());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED));
		PlanView view = view(account, plan.planId());
		assertThat(view.signOffs()).filteredOn((s) -> s.userId() == account.member(1).userId())
			.singleElement()
			.satisfies((s) -> assertThat(s.onTeam()).isFalse());
	}

	@Test
	void whenEveryMemberAskedLeavesThePlanStaysInReview() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		Plans.leaves(this.accounts, account.id(), account.member(0), this.today, account.director());
		Plans.leaves(this.accounts, account.id(), account.member(1), this.today, account.director());
		awaitTeamChangesHandled(account, 2);
		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.IN_REVIEW);
		assertThat(view.agreedAt()).isNull();
		// A director may still agree it, or the owner withdraw and submit it to the new
		// team.
		this.plans.overrideAgreement(account.id(), plan.planId(), "The whole team changed", account.director());
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED);
	}

	@Test
	void aMemberWhoLeavesWithoutSigningAfterTheOthersSignedLeavesTheDraftAlone() {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		Plans.leaves(this.accounts, account.id(), account.member(0), this.today, account.director());
		awaitTeamChangesHandled(account, 1);
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.DRAFT);
	}

	/** Waits until the plan module handled this many team changes of the account. */
	void awaitTeamChangesHandled(PlanAccount account, int count) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type = 'org.keyline.account.TeamMembershipEnded'
				  and listener_id like '%PlanTeamListener%'
				  and cast(serialized_event as jsonb) ->> 'accountId' = ?
				  and completion_date is not null""", Long.class, String.valueOf(account.id()))).isEqualTo(count));
	}

}
