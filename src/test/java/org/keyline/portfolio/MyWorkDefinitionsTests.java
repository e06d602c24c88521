package org.keyline.portfolio;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.grading.GradingManagement;
import org.keyline.grading.GradingScheme;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.plan.PlanGlance;
import org.keyline.plan.PlanManagement;
import org.keyline.relationship.CoverageAnalysis;
import org.keyline.relationship.CoverageRule;
import org.keyline.review.ReviewSchedule;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.viewer;

/**
 * The alerts of "my work" are computed in SQL for many accounts at once; they must say
 * what the owning modules say for one account: the tier service check of grading, the
 * review schedule, the GOING_COLD rule of the coverage analysis and the plan's overdue
 * actions. Checked on the demo manager's and mentor's accounts, where each alert shows.
 */
@KeylineTest
class MyWorkDefinitionsTests {

	@Autowired
	MyWorkService myWork;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	ReviewSchedule reviews;

	@Autowired
	CoverageAnalysis coverage;

	@Autowired
	PlanManagement plans;

	@Autowired
	TestUsers users;

	@Test
	void alertsAgreeWithTheOwningModules() {
		Viewer manager = viewer(this.users.idOf("manager"), "manager", Role.MANAGER);
		Viewer mentor = viewer(this.users.idOf("mentor"), "mentor", Role.MENTOR);
		GradingScheme scheme = this.grading.scheme();
		int checked = 0;
		boolean[] seen = new boolean[8];
		for (Viewer viewer : new Viewer[] { manager, mentor }) {
			MyWork work = this.myWork.of(viewer);
			var lines = (viewer == manager) ? work.manager().accounts().rows() : work.mentor().accounts().rows();
			for (MyWork.AccountLine line : lines) {
				AccountRef ref = this.accounts.ref(line.id(), viewer);
				assertThat(line.serviceMissed()).as("service missed of %s", line.name())
					.isEqualTo(!this.grading.serviceCheck(ref, scheme).met());
				assertThat(line.reviewDueOn()).as("review due of %s", line.name())
					.isEqualTo(this.reviews.dueFor(line.id()).dueOn());
				assertThat(line.reviewOverdue()).isEqualTo(this.reviews.dueFor(line.id()).overdue());
				long cold = this.coverage.analyse(ref)
					.findings()
					.stream()
					.filter((f) -> f.rule() == CoverageRule.GOING_COLD)
					.count();
				assertThat(line.coldLinks()).as("cold links of %s", line.name()).isEqualTo(cold);
				int overdue = this.plans.glance(ref, viewer).map(PlanGlance::overdueActions).orElse(0);
				assertThat(line.overdueActions()).as("overdue actions of %s", line.name()).isEqualTo(overdue);
				seen[line.serviceMissed() ? 0 : 1] = true;
				seen[line.reviewOverdue() ? 2 : 3] = true;
				seen[(line.coldLinks() > 0) ? 4 : 5] = true;
				seen[(line.overdueActions() > 0) ? 6 : 7] = true;
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(10);
		assertThat(new boolean[] { seen[0], seen[2], seen[4], seen[6] }).as("each alert shows somewhere")
			.containsOnly(true);
	}

}
