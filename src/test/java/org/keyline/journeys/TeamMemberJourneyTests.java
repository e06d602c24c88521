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
 * The account team member's main job, end to end in a real browser: "My work" lists their
 * actions and the plan waiting for their sign-off; they move their action on (in
 * progress, then done), sign the plan off, and log an interaction with the customer.
 * Screenshots: {@code target/screenshots/journeys/member-NN-<step>.png}.
 */
@KeylineServerTest
class TeamMemberJourneyTests {

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
	void theMemberMovesTheirActionOnSignsThePlanOffAndLogsAnInteraction() {
		JourneyData data = new JourneyData(this.users, this.accounts, this.contacts, this.links, this.jdbc);
		Viewer manager = data.user("kam", Role.MANAGER);
		Viewer member = data.user("member", Role.MEMBER);
		JourneyData.Named account = data.account("Journey Retail SE", manager);
		data.team(account.id(), member, 60, manager);
		long cio = data.executive(account.id(), "Tomas Berg", "CIO", manager);
		long plan = this.plans.start(account.id(), "Growth with the new stores", data.today.getYear(), 3, manager);
		long objective = this.plans.addObjective(account.id(), plan, new ObjectiveInput("Equip every new store",
				"Stores equipped", null, BigDecimal.ZERO, BigDecimal.valueOf(40), data.today.plusYears(2)), manager);
		long strategy = this.plans.addStrategy(account.id(), plan, objective, "Roll out store by store", manager);
		long action = this.plans.addAction(account.id(), plan, strategy,
				new ActionInput("Survey the pilot store in Malmö", member.userId(), data.today.plusDays(10)), manager);
		this.plans.submit(account.id(), plan, manager);
		this.journey = new Journey(browser, this.port, "member");
		Journey j = this.journey;

		// My work: their action and the plan that waits for them.
		j.signIn(member.username(), Users.GOOD_PASSWORD);
		By actionLine = By.cssSelector("#memberActions [data-action-id='" + action + "']");
		assertThat(j.text(actionLine)).contains("Survey the pilot store in Malmö", account.name(), "Open");
		By signOffLine = By.cssSelector("#memberSignOffs [data-plan-id='" + plan + "']");
		assertThat(j.text(signOffLine)).contains("Growth with the new stores", "Your sign-off is awaited");
		assertThat(j.text(By.cssSelector("#memberAccounts tr[data-account-id='" + account.id() + "']")))
			.contains(account.name());
		j.screenshot("my-work");

		// The action's line in the plan: in progress, then done.
		j.follow(By.cssSelector("#memberActions [data-action-id='" + action + "'] a"));
		assertThat(j.path()).isEqualTo("/accounts/" + account.id() + "/plans/" + plan);
		By row = By.id("action-" + action);
		assertThat(j.text(row)).contains("Survey the pilot store in Malmö", "Open");
		j.choose(By.id("status-" + action), "In progress");
		j.follow(By.cssSelector("#action-" + action + " form button[type='submit']"));
		assertThat(j.text(row)).contains("In progress");
		j.screenshot("action-in-progress");
		j.choose(By.id("status-" + action), "Done");
		j.pressEnterAndFollow(By.cssSelector("#action-" + action + " form button[type='submit']"));
		assertThat(j.text(row)).contains("Done");
		assertThat(j.has(By.cssSelector("#action-" + action + " a[href$='/edit']")))
			.as("a member does not reshape the plan")
			.isFalse();
		j.screenshot("action-done");

		// Sign the plan off: they were the only one asked, so it is agreed.
		assertThat(j.text(By.id("signOffs"))).contains(JourneyData.displayName(member));
		j.follow(By.id("signPlan"));
		assertThat(j.flash()).isEqualTo("Thank you: your sign-off is recorded.");
		assertThat(j.text(By.id("planNext"))).contains("Agreed on");
		assertThat(j.has(By.id("signPlan"))).isFalse();
		j.screenshot("plan-signed");

		// Log a call with the CIO from the account page (htmx, no page reload).
		j.followLink(account.name());
		assertThat(j.path()).isEqualTo("/accounts/" + account.id());
		browser.script("window.__klMarker = 'member'");
		String quick = "qa" + account.id();
		j.chooseValue(By.id(quick + "Contact"), String.valueOf(cio));
		j.chooseValue(By.id(quick + "Kind"), "CALL");
		j.type(By.id(quick + "Summary"), "Tomas confirmed the pilot store opens in March.");
		j.click(By.id("quickAddInteraction"));
		j.waitForText(By.id("interactionLoggedNotice"), "");
		assertThat(browser.script("return window.__klMarker")).as("no page reload").isEqualTo("member");
		assertThat(j.text(By.id("interactionLatest"))).contains("pilot store opens in March");
		j.screenshot("interaction-logged");
		j.follow(By.id("interactionsTimelineLink"));
		assertThat(browser.visible(By.tagName("main")).getText()).contains("Tomas confirmed the pilot store",
				"Tomas Berg", JourneyData.displayName(member));
		j.screenshot("interaction-timeline");

		// Back on My work: nothing waits for them any more.
		j.follow(By.cssSelector("nav.navbar a[href='/']"));
		assertThat(j.has(actionLine)).as("a done action is no longer open").isFalse();
		assertThat(j.has(signOffLine)).as("the plan no longer waits for them").isFalse();
		assertThat(j.text(By.id("memberSignOffs"))).contains("No plan waits for your sign-off.");
		j.screenshot("my-work-after");
	}

}
