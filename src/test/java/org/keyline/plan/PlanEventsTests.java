package org.keyline.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keyline.KeylineTest;
import org.keyline.plan.Plans.PlanAccount;
import org.keyline.plan.Plans.Submittable;

import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.keyline.plan.Plans.anAction;
import static org.keyline.plan.Plans.anObjective;
import static org.keyline.plan.Plans.withTarget;

/**
 * The facts other modules learn about plans, and the plan module handling the account
 * module's {@code TeamMembershipEnded} through the event publication registry.
 */
@KeylineTest
@ExtendWith(PublishedEventsExtension.class)
class PlanEventsTests extends PlanTestSupport {

	@Test
	void submittingPublishesWhoWasAsked(PublishedEvents events) {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		assertThatThrownBy(() -> this.plans.activate(account.id(), plan.planId(), account.owner()))
			.isInstanceOf(PlanStateConflict.class);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		assertThat(of(events, PlanSubmitted.class)).singleElement().satisfies((e) -> {
			assertThat(e.accountId()).isEqualTo(account.id());
			assertThat(e.planId()).isEqualTo(plan.planId());
			assertThat(e.versionNo()).isEqualTo(1);
			assertThat(e.askedToSign()).containsExactlyInAnyOrder(account.member(0).userId(),
					account.member(1).userId());
		});
		assertThat(of(events, PlanAgreed.class)).isEmpty();
		assertThat(of(events, PlanActivated.class)).isEmpty();
	}

	@Test
	void theLastSignOffPublishesAnAgreementThatWasNotOverridden(PublishedEvents events) {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		assertThat(of(events, PlanAgreed.class)).isEmpty();
		assertThatThrownBy(() -> this.plans.signOff(account.id(), plan.planId(), account.member(0)))
			.isInstanceOf(PlanStateConflict.class);
		this.plans.signOff(account.id(), plan.planId(), account.member(1));
		assertThat(of(events, PlanAgreed.class)).containsExactly(new PlanAgreed(account.id(), plan.planId(), 1, false));
	}

	@Test
	void anOverridePublishesAnOverriddenAgreement(PublishedEvents events) {
		PlanAccount account = anAccount(1);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		assertThatThrownBy(() -> this.plans.overrideAgreement(account.id(), plan.planId(), "short", account.director()))
			.isInstanceOf(org.keyline.shared.RuleViolation.class);
		assertThat(of(events, PlanAgreed.class)).isEmpty();
		this.plans.overrideAgreement(account.id(), plan.planId(), "Agreed at the board meeting", account.director());
		assertThat(of(events, PlanAgreed.class)).containsExactly(new PlanAgreed(account.id(), plan.planId(), 1, true));
	}

	@Test
	void activatingAndClosingArePublished(PublishedEvents events) {
		PlanAccount account = anAccount(1);
		Submittable plan = agreed(account);
		this.plans.activate(account.id(), plan.planId(), account.owner());
		assertThat(of(events, PlanActivated.class)).containsExactly(new PlanActivated(account.id(), plan.planId(), 1));
		assertThat(of(events, PlanClosed.class)).isEmpty();
		this.plans.close(account.id(), plan.planId(), "Targets met", account.owner());
		assertThat(of(events, PlanClosed.class)).containsExactly(new PlanClosed(account.id(), plan.planId(), 1));
	}

	@Test
	void aNewVersionIsPublishedOnceAndCarryingThePlanOutPublishesNone(PublishedEvents events) {
		PlanAccount account = anAccount(1);
		Submittable plan = active(account);
		this.plans.addAction(account.id(), plan.planId(), plan.strategyId(),
				anAction(account.member(0).userId(), this.today), account.owner());
		this.plans.measure(account.id(), plan.planId(), plan.objectiveId(), new java.math.BigDecimal("120"), this.today,
				account.member(0));
		this.plans.progressAction(account.id(), plan.planId(), plan.actionId(), ActionStatus.DONE, account.owner());
		assertThat(of(events, PlanVersionStarted.class)).isEmpty();
		PlanView.ObjectiveView objective = view(account, plan.planId()).objectives().get(0);
		this.plans.updateObjective(account.id(), plan.planId(), objective.id(),
				withTarget(anObjective(this.thisYear), "300"), objective.version(), account.owner());
		this.plans.addStrategy(account.id(), plan.planId(), plan.objectiveId(), "Another way", account.owner());
		assertThat(of(events, PlanVersionStarted.class))
			.containsExactly(new PlanVersionStarted(account.id(), plan.planId(), 2));
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		assertThat(of(events, PlanSubmitted.class)).extracting(PlanSubmitted::versionNo).containsExactly(1, 2);
		assertThat(of(events, PlanAgreed.class)).extracting(PlanAgreed::versionNo).containsExactly(1, 2);
	}

	@Test
	void thePlanModuleHandlesATeamChangeThroughThePublicationRegistry() {
		PlanAccount account = anAccount(2);
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.member(0));
		Plans.leaves(this.accounts, account.id(), account.member(1), this.today, account.director());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publications(account)).hasSize(1));
		Map<String, Object> publication = publications(account).get(0);
		assertThat((String) publication.get("listener_id")).contains("PlanTeamListener");
		assertThat((String) publication.get("serialized_event")).contains("\"userId\":" + account.member(1).userId());
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED);
	}

	/**
	 * The completed publications of TeamMembershipEnded of this account to the plan
	 * module.
	 */
	private List<Map<String, Object>> publications(PlanAccount account) {
		return this.jdbc.queryForList("""
				select listener_id, serialized_event, completion_date from event_publication
				where event_type = 'org.keyline.account.TeamMembershipEnded'
				  and listener_id like '%PlanTeamListener%'
				  and cast(serialized_event as jsonb) ->> 'accountId' = ?
				  and completion_date is not null""", String.valueOf(account.id()));
	}

	private static <T> List<T> of(PublishedEvents events, Class<T> type) {
		return StreamSupport.stream(events.ofType(type).spliterator(), false).toList();
	}

}
