package org.keyline.plan;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's journey in a real browser: the manager drafts a plan and submits it, a team
 * member signs it off, the mentor comments on an objective (added with htmx, no page
 * reload), and the manager sees the comment on the plan.
 */
@KeylineServerTest
class PlanBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
		}
	}

	@Test
	void theManagerDraftsAndSubmitsTheMemberSignsTheMentorCommentsTheManagerReads() {
		String manager = this.testUsers.create("kam", Role.MANAGER);
		String member = this.testUsers.create("member", Role.MEMBER);
		String mentor = this.testUsers.create("mentor", Role.MENTOR);
		String director = this.testUsers.create("director", Role.DIRECTOR);
		Viewer managerViewer = new Viewer(this.testUsers.idOf(manager), manager, EnumSet.of(Role.MANAGER));
		Viewer directorViewer = new Viewer(this.testUsers.idOf(director), director, EnumSet.of(Role.DIRECTOR));
		long account = this.accounts.create(Accounts.aProfile("Plan Journey AG " + System.nanoTime() % 100_000), null,
				managerViewer);
		this.accounts.addTeamMember(account, this.testUsers.idOf(member), TeamRole.ACCOUNT_DEVELOPMENT, null,
				LocalDate.now().minusDays(30), null, managerViewer);
		this.accounts.assignMentor(account, this.testUsers.idOf(mentor), directorViewer);

		// The manager drafts the plan from the account page.
		signIn(manager);
		browser.open(url("/accounts/" + account));
		browser.click(By.id("startPlanLink"));
		browser.type(By.id("title"), "Growth plan");
		browser.click(By.id("startPlan"));
		browser.click(By.id("addObjective"));
		browser.type(By.id("title"), "Be embedded in their IT strategy");
		browser.type(By.id("metric"), "Share of wallet");
		browser.type(By.id("unit"), "%");
		browser.type(By.id("baseline"), "18");
		browser.type(By.id("target"), "35");
		browser.click(By.id("saveObjective"));
		String objectiveSection = browser.visible(By.cssSelector(".kl-objective")).getAttribute("id");
		long objective = Long.parseLong(objectiveSection.substring("objective-".length()));
		browser.click(By.id("addStrategy-" + objective));
		browser.type(By.id("text"), "Quarterly architecture days with the CIO's staff");
		browser.click(By.id("saveStrategy"));
		browser.click(By.cssSelector("[id^='addAction-']"));
		browser.type(By.id("description"), "Book the first architecture day");
		new Select(browser.visible(By.id("ownerId"))).selectByValue(String.valueOf(this.testUsers.idOf(member)));
		browser.click(By.id("saveAction"));
		browser.screenshot("plan-draft");
		browser.click(By.id("submitPlan"));
		assertThat(browser.visible(By.id("signOffs")).getText()).contains("sign-off awaited");
		String planPath = browser.url().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
		browser.screenshot("plan-in-review");
		signOut();

		// The member signs it off: the plan is agreed.
		signIn(member);
		browser.open(url(planPath));
		browser.click(By.id("signPlan"));
		assertThat(browser.visible(By.id("planNext")).getText()).contains("Agreed on");
		browser.screenshot("plan-agreed");
		signOut();

		// The mentor comments on the objective, without a page reload.
		signIn(mentor);
		browser.open(url(planPath));
		assertThat(browser.has(By.id("submitPlan"))).isFalse();
		browser.script("window.__klMarker = 11");
		String form = "comments-objective-" + objective + "-new";
		browser.type(By.id(form + "-body"), "Which of their five-year IT themes does this serve? Name it.");
		browser.click(By.id(form + "-submit"));
		browser.waitUntil((driver) -> {
			try {
				return driver.findElement(By.id("comments-objective-" + objective))
					.getText()
					.contains("five-year IT themes");
			}
			catch (org.openqa.selenium.StaleElementReferenceException swappedMeanwhile) {
				return false;
			}
		});
		assertThat(browser.script("return window.__klMarker")).as("no full page reload").isEqualTo(11L);
		browser.screenshot("plan-mentor-comment");
		signOut();

		// The manager sees the comment on the plan.
		signIn(manager);
		browser.open(url(planPath));
		String discussion = browser.visible(By.id("comments-objective-" + objective)).getText();
		assertThat(discussion).contains("five-year IT themes").contains("Mentor");
		browser.screenshot("plan-manager-reads-comment");
	}

	private void signIn(String username) {
		browser.open(url("/login"));
		browser.type(By.id("username"), username);
		browser.type(By.id("password"), Users.GOOD_PASSWORD);
		browser.click(By.cssSelector("#signInForm button[type='submit']"));
		browser.waitForPath("/");
	}

	private void signOut() {
		browser.driver().manage().deleteAllCookies();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
