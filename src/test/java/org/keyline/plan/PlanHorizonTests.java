package org.keyline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.plan.Plans.PlanAccount;
import org.keyline.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Moving a plan's horizon: a plan that started years ago keeps its first year when it is
 * renamed, and the horizon cannot move away from the dates of its objectives and actions.
 * Agreement by sign-off is recorded as the change of the person who signed last.
 */
@KeylineTest
class PlanHorizonTests extends PlanTestSupport {

	@Test
	void anOlderPlanIsRenamedWithoutMovingItsFirstYear() {
		PlanAccount account = anAccount(1);
		long planId = Plans.aDraft(this.plans, account, this.today);
		this.jdbc.update("update plan_plan set horizon_from = ?, horizon_to = ? where id = ?", this.thisYear - 3,
				this.thisYear, planId);
		long version = view(account, planId).version();

		this.plans.describe(account.id(), planId, "Renamed", this.thisYear - 3, 4, version, account.owner());

		PlanView view = view(account, planId);
		assertThat(view.title()).isEqualTo("Renamed");
		assertThat(view.horizonFrom()).isEqualTo(this.thisYear - 3);
		assertThatThrownBy(() -> this.plans.describe(account.id(), planId, "Renamed", this.thisYear - 4, 4,
				view.version(), account.owner()))
			.isInstanceOfSatisfying(RuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("plan.horizonFrom.range"));
	}

	@Test
	void theHorizonCannotLeaveAnObjectiveOutside() {
		PlanAccount account = anAccount(1);
		long planId = this.plans.start(account.id(), "Four years", this.thisYear, 4, account.owner());
		this.plans.addObjective(account.id(), planId, new ObjectiveInput("Late", "Revenue", null, BigDecimal.ONE,
				BigDecimal.TEN, LocalDate.of(this.thisYear + 3, 12, 31)), account.owner());
		long version = view(account, planId).version();

		assertThatThrownBy(() -> this.plans.describe(account.id(), planId, "Three years", this.thisYear, 3, version,
				account.owner()))
			.isInstanceOfSatisfying(RuleViolation.class, (v) -> {
				assertThat(v.field()).isEqualTo("horizonFrom");
				assertThat(v.messageKey()).isEqualTo("plan.horizon.excludesDates");
			});
		assertThat(view(account, planId).horizonTo()).isEqualTo(this.thisYear + 3);
	}

	@Test
	void theLastSignatureIsRecordedAsTheChangeThatAgreedThePlan() {
		PlanAccount account = anAccount(1);
		Plans.Submittable plan = Plans.aSubmittablePlan(this.plans, account, this.today);
		this.plans.submit(account.id(), plan.planId(), account.owner());
		this.plans.signOff(account.id(), plan.planId(), account.members().get(0));

		PlanView view = view(account, plan.planId());
		assertThat(view.status()).isEqualTo(PlanStatus.AGREED);
		assertThat(view.updatedBy()).isEqualTo("Test " + account.members().get(0).username());
	}

}
