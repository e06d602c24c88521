package org.keyline.journeys;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.keyline.plan.ActionInput;
import org.keyline.plan.ObjectiveInput;
import org.keyline.plan.PlanManagement;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.LinkManagement;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor's main job, end to end in a real browser: "My work" shows the strategy
 * review due and the plan to comment on; the mentor reads the account, comments on the
 * plan, cannot change it (no controls, and a typed edit address is refused), records the
 * strategy review and sees it no longer due. Screenshots:
 * {@code target/screenshots/journeys/mentor-NN-<step>.png}.
 */
@KeylineServerTest
class MentorJourneyTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	LinkManagement links;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcTemplate jdbc;

	Journey journey;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null && this.journey != null) {
			this.journey.assertNoContentSecurityPolicyViolations();
		}
	}

	@Test
	void theMentorReadsCommentsCannotEditAndRecordsTheReview() {
		JourneyData data = new JourneyData(this.users, this.accounts, this.contacts, this.links, this.jdbc);
		Viewer director = data.user("director", Role.DIRECTOR);
		Viewer manager = data.user("kam", Role.MANAGER);
		Viewer member = data.user("member", Role.MEMBER);
		Viewer mentor = data.user("mentor", Role.MENTOR);
		JourneyData.Named account = data.account("Journey Energy ASA", manager);
		data.team(account.id(), member, 30, manager);
		data.mentor(account.id(), mentor, director);
		data.reviewed(account.id(), director, -5);
		long plan = this.plans.start(account.id(), "Partner in the energy transition", data.today.getYear(), 3,
				manager);
		long objective = this.plans.addObjective(account.id(), plan,
				new ObjectiveInput("Be named in their transition programme", "Programme workstreams we lead", null,
						BigDecimal.ZERO, BigDecimal.valueOf(3), data.today.plusYears(2)),
				manager);
		long strategy = this.plans.addStrategy(account.id(), plan, objective, "Join their grid-modernisation board",
				manager);
		this.plans.addAction(account.id(), plan, strategy,
				new ActionInput("Ask the CTO for a seat on the board", member.userId(), data.today.plusDays(30)),
				manager);
		this.plans.submit(account.id(), plan, manager);
		this.journey = new Journey(browser, this.port, "mentor");
		Journey j = this.journey;

		// My work: the review is overdue, the plan waits for comments.
		j.signIn(mentor.username(), Users.GOOD_PASSWORD);
		By reviewLine = By.cssSelector("#mentorReviews [data-account-id='" + account.id() + "']");
		assertThat(j.text(reviewLine)).contains(account.name(), "Overdue by 5 days");
		assertThat(j.text(By.cssSelector("#mentorPlans [data-plan-id='" + plan + "']")))
			.contains("Partner in the energy transition", account.name());
		j.screenshot("my-work");

		// Read the account: nothing to change there.
		j.follow(By.cssSelector(
				"#mentorAccounts tr[data-account-id='" + account.id() + "'] a[href='/accounts/" + account.id() + "']"));
		assertThat(j.text(By.id("accountName"))).isEqualTo(account.name());
		assertThat(j.has(By.id("editAccount"))).as("edit button for a mentor").isFalse();
		assertThat(j.has(By.id("interactionQuickAddForm"))).as("quick add for a mentor").isFalse();
		assertThat(j.text(By.id("strategyReviews"))).contains("Overdue");
		j.screenshot("account");

		// The plan: read it and comment on the objective (htmx, no page reload).
		j.follow(By.id("openPlanLink"));
		String planPath = "/accounts/" + account.id() + "/plans/" + plan;
		assertThat(j.path()).isEqualTo(planPath);
		assertThat(j.text(By.id("objective-" + objective))).contains("Be named in their transition programme",
				"Join their grid-modernisation board", "Ask the CTO for a seat on the board");
		assertThat(j.has(By.id("editPlan"))).as("edit plan for a mentor").isFalse();
		assertThat(j.has(By.id("addStrategy-" + objective))).isFalse();
		assertThat(j.has(By.id("editObjective-" + objective))).isFalse();
		assertThat(j.has(By.cssSelector("select[id^='status-']"))).as("action status for a mentor").isFalse();
		assertThat(j.has(By.id("signPlan"))).isFalse();
		browser.script("window.__klMarker = 'mentor'");
		String form = "comments-objective-" + objective + "-new";
		j.type(By.id(form + "-body"), "Which board seat serves the vision best? Name the person who decides.");
		j.click(By.id(form + "-submit"));
		j.waitForText(By.id("comments-objective-" + objective), "Which board seat serves the vision best?");
		assertThat(browser.script("return window.__klMarker")).as("no page reload").isEqualTo("mentor");
		assertThat(j.text(By.id("comments-objective-" + objective))).contains("Mentor");
		j.screenshot("plan-commented");

		// A typed edit address is refused.
		j.open(planPath + "/edit");
		assertThat(j.errorPage(403)).isEqualTo("Not allowed");
		assertThat(j.has(By.tagName("form")) && j.has(By.id("planForm"))).isFalse();
		j.screenshot("plan-edit-refused");
		j.open(planPath + "/objectives/" + objective + "/edit");
		assertThat(j.errorPage(403)).isEqualTo("Not allowed");

		// Record the strategy review from My work.
		j.open("/");
		j.follow(By.cssSelector("#mentorReviews [data-account-id='" + account.id() + "'] a"));
		assertThat(j.path()).isEqualTo("/accounts/" + account.id() + "/reviews/new");
		j.type(By.id("assessment"),
				"The plan serves the vision; the board seat is the right lever. The CFO is still unmapped.");
		j.type(By.id("recommendations"), "Map the CFO's office before the next review.");
		j.screenshot("review-form");
		j.follow(By.id("saveReview"));
		assertThat(j.flash()).isEqualTo("The strategy review was recorded.");
		assertThat(browser.visible(By.tagName("main")).getText()).contains("the board seat is the right lever",
				"Map the CFO's office");
		j.screenshot("review-recorded");

		// No longer due.
		j.follow(By.cssSelector("nav.navbar a[href='/']"));
		assertThat(j.has(reviewLine)).as("the review is no longer due").isFalse();
		j.screenshot("my-work-after");
	}

}
