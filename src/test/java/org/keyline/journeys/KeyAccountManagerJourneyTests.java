package org.keyline.journeys;

import java.time.LocalDate;

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
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.LinkManagement;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key account manager's main job, end to end in a real browser: from "My work" to an
 * account with an alert, map a new contact into the organisation chart, link a team
 * member to them, log an interaction, see the coverage gaps close, write the account plan
 * (objective, strategy, action with owner and due date), submit it for the team's
 * sign-off and open the one-page brief. Screenshots:
 * {@code target/screenshots/journeys/manager-NN-<step>.png}.
 */
@KeylineServerTest
class KeyAccountManagerJourneyTests {

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
	JdbcTemplate jdbc;

	Journey journey;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null && this.journey != null) {
			this.journey.assertNoContentSecurityPolicyViolations();
		}
	}

	@Test
	void theManagerMapsTheRelationshipsWritesThePlanAndOpensTheBrief() {
		JourneyData data = new JourneyData(this.users, this.accounts, this.contacts, this.links, this.jdbc);
		Viewer manager = data.user("kam", Role.MANAGER);
		Viewer member = data.user("member", Role.MEMBER);
		JourneyData.Named account = data.account("Journey Freight AG", manager);
		data.team(account.id(), member, 300, manager);
		long cfo = data.executive(account.id(), "Ingrid Solberg", "CFO", manager);
		data.link(account.id(), member, cfo, 120, manager);
		String memberName = JourneyData.displayName(member);
		this.journey = new Journey(browser, this.port, "manager");
		Journey j = this.journey;

		// My work: the account is there, with its alert.
		j.signIn(manager.username(), Users.GOOD_PASSWORD);
		By row = By.cssSelector("#managerAccounts tr[data-account-id='" + account.id() + "']");
		assertThat(j.text(row)).contains(account.name(), "1 link going cold");
		assertThat(j.text(By.id("managerColdLinks"))).contains(memberName + " and Ingrid Solberg");
		j.screenshot("my-work");

		// The account page: the cold link is a coverage gap.
		j.follow(By.linkText(account.name()));
		assertThat(j.path()).isEqualTo("/accounts/" + account.id());
		assertThat(j.text(By.id("accountName"))).isEqualTo(account.name());
		assertThat(coverageCount("GOING_COLD")).isEqualTo(1);
		assertThat(coverageCount("UNCOVERED_DECISION_MAKER")).isZero();
		j.screenshot("account-with-alert");

		// A new contact who reports to the CFO.
		j.follow(By.cssSelector("#coverage nav a[href$='/contacts']"));
		j.follow(By.id("newContact"));
		j.type(By.id("name"), "Lena Brandt");
		j.type(By.id("title"), "Head of IT Procurement");
		j.type(By.id("department"), "IT");
		j.chooseValue(By.id("reportsToId"), String.valueOf(cfo));
		j.chooseValue(By.id("level"), "SENIOR_MANAGEMENT");
		j.chooseValue(By.id("buyingRole"), "DECISION_MAKER");
		j.chooseValue(By.id("attitude"), "NEUTRAL");
		j.screenshot("contact-form");
		j.follow(By.id("saveContact"));
		assertThat(j.flash()).isEqualTo("Contact Lena Brandt added.");
		assertThat(j.text(By.id("contactsTable"))).contains("Lena Brandt", "Head of IT Procurement");
		long lena = this.jdbc.queryForObject(
				"select id from relationship_contact where account_id = ? and name = 'Lena Brandt'", Long.class,
				account.id());
		j.screenshot("contact-added");

		// The organisation chart shows her under the CFO, with nobody of ours knowing
		// her.
		j.follow(By.id("orgChartLink"));
		By lenaCard = By.cssSelector(
				"#orgChart article[data-contact-id='" + cfo + "'] + ul article[data-contact-id='" + lena + "']");
		assertThat(j.text(lenaCard)).contains("Lena Brandt", "Head of IT Procurement", "No link");
		j.screenshot("org-chart");

		// Back on the account: a new gap, an uncovered decision maker, with its fix.
		j.follow(By.linkText(account.name()));
		assertThat(coverageCount("UNCOVERED_DECISION_MAKER")).isEqualTo(1);
		By lenaFinding = By.cssSelector(
				"#coverage .kl-cov-rule[data-rule='UNCOVERED_DECISION_MAKER'] [data-contact-id='" + lena + "']");
		assertThat(j.text(lenaFinding)).contains("Lena Brandt", "no working link");
		j.screenshot("coverage-gap");

		// Fix it: link the team member to her.
		j.follow(By.cssSelector("#coverage [data-contact-id='" + lena + "'] a.kl-cov-fix"));
		assertThat(j.path()).isEqualTo("/accounts/" + account.id() + "/links");
		j.choose(By.id("userId"), memberName);
		j.chooseValue(By.id("contactId"), String.valueOf(lena));
		j.chooseValue(By.id("strength"), "WORKING");
		j.follow(By.id("addLinkButton"));
		assertThat(j.flash()).isEqualTo("Link added.");
		assertThat(j.text(By.id("linksTable"))).contains("Lena Brandt").contains(memberName);
		j.screenshot("link-added");

		// Log the meeting with the CFO from the account page (htmx, no page reload).
		j.follow(By.linkText(account.name()));
		assertThat(coverageCount("UNCOVERED_DECISION_MAKER")).isZero();
		By coldCfo = By.cssSelector("#coverage .kl-cov-rule[data-rule='GOING_COLD'] [data-contact-id='" + cfo
				+ "'][data-user-id='" + member.userId() + "']");
		assertThat(j.text(coldCfo)).contains(memberName, "Ingrid Solberg");
		int cold = coverageCount("GOING_COLD");
		browser.script("window.__klMarker = 'manager'");
		String quick = "qa" + account.id();
		j.chooseValue(By.id(quick + "Contact"), String.valueOf(cfo));
		j.chooseValue(By.id(quick + "User"), String.valueOf(member.userId()));
		j.chooseValue(By.id(quick + "Kind"), "MEETING");
		j.type(By.id(quick + "Summary"), "Walked the CFO through the three-year logistics roadmap.");
		j.type(By.id(quick + "NextStep"), "Send the business case by Friday.");
		j.pressEnter(By.id("quickAddInteraction"));
		j.waitForText(By.id("interactionLoggedNotice"), "");
		assertThat(browser.script("return window.__klMarker")).as("no page reload").isEqualTo("manager");
		assertThat(j.text(By.id("interactionLatest"))).contains("three-year logistics roadmap");
		j.screenshot("interaction-logged");

		// The link to the CFO is no longer going cold: the coverage card refreshed with
		// the interaction, without a page reload.
		browser.waitUntil((driver) -> coverageCount("GOING_COLD") == cold - 1);
		assertThat(j.has(coldCfo)).as("the link to the CFO is going cold").isFalse();
		assertThat(browser.script("return window.__klMarker")).as("no page reload").isEqualTo("manager");
		j.screenshot("coverage-closed");

		// The account plan: an objective, a strategy and an action with owner and due
		// date.
		j.follow(By.id("startPlanLink"));
		j.type(By.id("title"), "Embedded in their logistics strategy");
		j.follow(By.id("startPlan"));
		assertThat(j.text(By.id("planTitle"))).isEqualTo("Embedded in their logistics strategy");
		j.follow(By.id("addObjective"));
		j.type(By.id("title"), "Become their first choice for European road freight");
		j.type(By.id("metric"), "Share of wallet");
		j.type(By.id("unit"), "%");
		j.type(By.id("baseline"), "18");
		j.type(By.id("target"), "35");
		j.typeDate(By.id("targetOn"), LocalDate.of(data.today.getYear() + 3, 12, 31));
		j.follow(By.id("saveObjective"));
		String objectiveId = browser.visible(By.cssSelector(".kl-objective")).getDomAttribute("id");
		long objective = Long.parseLong(objectiveId.substring("objective-".length()));
		assertThat(j.text(By.id(objectiveId))).contains("Become their first choice", "Share of wallet");
		j.follow(By.id("addStrategy-" + objective));
		j.type(By.id("text"), "Quarterly roadmap days with the CFO's planning staff");
		j.follow(By.id("saveStrategy"));
		j.follow(By.cssSelector("#" + objectiveId + " [id^='addAction-']"));
		j.type(By.id("description"), "Book the first roadmap day");
		j.choose(By.id("ownerId"), memberName);
		LocalDate due = data.today.plusDays(21);
		j.typeDate(By.id("dueOn"), due);
		j.follow(By.id("saveAction"));
		By action = By.cssSelector("#" + objectiveId + " tr[id^='action-']");
		assertThat(j.text(action)).contains("Book the first roadmap day", memberName, due.toString(), "Open");
		j.screenshot("plan-draft");

		// Submit it: the team member is asked to sign it off.
		j.follow(By.id("submitPlan"));
		assertThat(j.flash()).isEqualTo("Submitted: the team is asked to sign it off.");
		assertThat(j.text(By.id("signOffs"))).contains(memberName, "sign-off awaited");
		j.screenshot("plan-submitted");

		// The one-page brief carries what was just entered.
		j.follow(By.id("planBrief"));
		assertThat(j.path()).isEqualTo("/accounts/" + account.id() + "/brief");
		assertThat(j.text(By.id("briefName"))).isEqualTo(account.name());
		assertThat(j.text(By.id("briefContacts"))).contains("Lena Brandt", "Ingrid Solberg");
		assertThat(j.text(By.id("briefPlan"))).contains("Embedded in their logistics strategy",
				"Become their first choice");
		j.screenshot("brief");
	}

	private int coverageCount(String rule) {
		return Integer.parseInt(browser.visible(By.cssSelector("#coverageCounts li[data-rule='" + rule + "']"))
			.getDomAttribute("data-count"));
	}

}
