package org.keyline.relationship;

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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team member logs an interaction with a contact from the account page, without a page
 * reload, and the link to that contact, which was going cold, is fresh again.
 */
@KeylineServerTest
class RelationshipBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
		}
	}

	@Test
	void aMemberLogsAnInteractionAndTheColdLinkTurnsFresh() {
		String owner = this.testUsers.create("owner", Role.MANAGER);
		String member = this.testUsers.create("member", Role.MEMBER);
		long ownerId = this.testUsers.idOf(owner);
		long memberId = this.testUsers.idOf(member);
		Viewer ownerViewer = new Viewer(ownerId, owner, EnumSet.of(Role.MANAGER));
		long account = this.accounts.create(Accounts.aProfile("Cold Link Holdings " + System.nanoTime() % 100_000),
				null, ownerViewer);
		this.accounts.addTeamMember(account, memberId, TeamRole.ACCOUNT_DEVELOPMENT, null,
				LocalDate.now().minusDays(300), null, ownerViewer);
		long contact = this.jdbc.queryForObject("""
				insert into relationship_contact (account_id, name, title, level, buying_role, attitude, influence,
				    created_at, updated_at, updated_by)
				values (?, 'Ingrid Solberg', 'CFO', 'EXECUTIVE', 'DECISION_MAKER', 'SUPPORTER', 5, now(), now(), 'test')
				returning id""", Long.class, account);
		this.jdbc.update(
				"""
						insert into relationship_link (account_id, user_id, contact_id, strength, last_interaction_on, updated_at,
						    updated_by)
						values (?, ?, ?, 'TRUSTED', ?, now(), 'test')""",
				account, memberId, contact, LocalDate.now().minusDays(120));
		By coldFinding = By.cssSelector("#coverage [data-rule='GOING_COLD'] [data-contact-id='" + contact
				+ "'][data-user-id='" + memberId + "']");

		browser.open(url("/login"));
		browser.type(By.id("username"), member);
		browser.type(By.id("password"), Users.GOOD_PASSWORD);
		browser.click(By.cssSelector("#signInForm button[type='submit']"));
		browser.waitForPath("/");
		browser.open(url("/accounts/" + account));
		browser.visible(By.id("coverage"));
		assertThat(browser.has(coldFinding)).as("the link is going cold before").isTrue();
		browser.screenshot("relationship-cold-before");

		browser.script("window.__klMarker = 7");
		String prefix = "qa" + account;
		new Select(browser.visible(By.id(prefix + "Contact"))).selectByValue(String.valueOf(contact));
		new Select(browser.visible(By.id(prefix + "Kind"))).selectByValue("MEETING");
		browser.type(By.id(prefix + "Summary"), "Walked through the renewal options with the CFO.");
		browser.type(By.id(prefix + "NextStep"), "Send the revised offer by Friday.");
		browser.click(By.id("quickAddInteraction"));
		browser.visible(By.id("interactionLoggedNotice"));
		assertThat(browser.script("return window.__klMarker")).as("no full page reload").isEqualTo(7L);
		assertThat(browser.visible(By.id("interactionLatest")).getText())
			.contains("Walked through the renewal options");
		browser.screenshot("relationship-logged");

		assertThat(this.jdbc.queryForObject(
				"select last_interaction_on from relationship_link where user_id = ? and contact_id = ?",
				LocalDate.class, memberId, contact))
			.isEqualTo(LocalDate.now());
		browser.driver().navigate().refresh();
		browser.visible(By.id("coverage"));
		assertThat(browser.has(coldFinding)).as("the link is fresh after").isFalse();
		browser.screenshot("relationship-cold-after");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
