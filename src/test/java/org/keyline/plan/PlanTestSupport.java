package org.keyline.plan;

import java.time.Clock;
import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.TestUsers;
import org.keyline.plan.Plans.PlanAccount;
import org.keyline.plan.Plans.Submittable;
import org.keyline.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the plan tests share: the services, today, and assertions that a refused change
 * left the plan exactly as it was.
 */
abstract class PlanTestSupport {

	@Autowired
	PlanManagement plans;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today;

	int thisYear;

	@BeforeEach
	void today() {
		this.today = LocalDate.now(this.clock);
		this.thisYear = this.today.getYear();
	}

	PlanAccount anAccount(int members) {
		return Plans.anAccount(this.accounts, this.testUsers, this.today, members);
	}

	/** The plan as a director sees it. */
	PlanView view(PlanAccount account, long planId) {
		return this.plans.plan(account.id(), planId, account.director());
	}

	PlanView view(PlanAccount account, long planId, Viewer viewer) {
		return this.plans.plan(account.id(), planId, viewer);
	}

	Submittable submittable(PlanAccount account) {
		return Plans.aSubmittablePlan(this.plans, account, this.today);
	}

	/** A plan submitted by the owner (not on the team) and signed by every member. */
	Submittable agreed(PlanAccount account) {
		Submittable plan = submittable(account);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		account.members().forEach((m) -> this.plans.signOff(account.id(), plan.planId(), m));
		assertThat(view(account, plan.planId()).status()).isEqualTo(PlanStatus.AGREED);
		return plan;
	}

	Submittable active(PlanAccount account) {
		Submittable plan = agreed(account);
		this.plans.activate(account.id(), plan.planId(), account.owner());
		return plan;
	}

	/**
	 * Asserts that the change is refused with this exception and that the plan (as a
	 * director reads it, including its earlier versions) did not change.
	 */
	<T extends Throwable> T refused(Class<T> type, PlanAccount account, long planId, ThrowingCallable change) {
		PlanView before = view(account, planId);
		long keptVersions = keptVersions(planId);
		T thrown = catchThrowableOfType(type, change);
		assertThat(thrown).as("refused with %s", type.getSimpleName()).isNotNull();
		assertThat(view(account, planId)).isEqualTo(before);
		assertThat(keptVersions(planId)).isEqualTo(keptVersions);
		return thrown;
	}

	void conflict(String messageKey, PlanAccount account, long planId, ThrowingCallable change) {
		assertThat(refused(PlanStateConflict.class, account, planId, change).messageKey()).isEqualTo(messageKey);
	}

	void violation(String field, String messageKey, PlanAccount account, long planId, ThrowingCallable change) {
		RuleViolation violation = refused(RuleViolation.class, account, planId, change);
		assertThat(violation.field()).isEqualTo(field);
		assertThat(violation.messageKey()).isEqualTo(messageKey);
	}

	long keptVersions(long planId) {
		return this.jdbc.queryForObject("select count(*) from plan_version where plan_id = ?", Long.class, planId);
	}

}
