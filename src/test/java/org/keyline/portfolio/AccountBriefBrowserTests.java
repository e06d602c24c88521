package org.keyline.portfolio;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.account.AccountManagement;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.keyline.plan.PlanManagement;
import org.keyline.portfolio.BriefFixtures.BriefAccount;
import org.keyline.relationship.ContactManagement;
import org.keyline.review.StrategyReviews;
import org.keyline.vision.VisionManagement;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief in a real browser: from the account page's Brief button to the brief, the
 * Print button (no inline script), and the page as printed (navigation and buttons
 * hidden). Screenshots: {@code target/screenshots/brief-*.png}.
 */
@KeylineServerTest
class AccountBriefBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	VisionManagement visions;

	@Autowired
	PlanManagement plans;

	@Autowired
	StrategyReviews reviews;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
		}
	}

	@Test
	void theOwnerOpensPrintsAndSeesThePrintedBrief() {
		BriefAccount a = BriefFixtures.rich(this.accounts, this.users, this.contacts, this.visions, this.plans,
				this.reviews, this.jdbc, "Łódź Brief Browser " + System.nanoTime() % 100_000);
		signIn(a.owner().username());
		browser.open(url("/accounts/" + a.id()));
		browser.click(By.id("accountBrief"));
		browser.waitForPath("/accounts/" + a.id() + "/brief");
		assertThat(browser.visible(By.id("briefName")).getText()).isEqualTo(a.name());
		assertThat(browser.visible(By.id("briefVisionStatement")).getText()).isEqualTo(BriefFixtures.VISION);
		assertThat(browser.visible(By.id("downloadBrief")).getAttribute("href"))
			.endsWith("/accounts/" + a.id() + "/brief.pdf");
		browser.screenshot("brief-page");

		// Print: the button calls window.print() through keyline.js.
		browser.script("window.__klPrinted = 0; window.print = function () { window.__klPrinted++; };");
		browser.click(By.id("printBrief"));
		assertThat(browser.script("return window.__klPrinted")).isEqualTo(1L);

		// As printed: navigation, breadcrumbs and buttons are hidden, the brief stays.
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(browser.driver().findElement(By.id("printBrief")).isDisplayed()).isFalse();
		assertThat(browser.driver().findElement(By.cssSelector("nav.navbar")).isDisplayed()).isFalse();
		assertThat(browser.driver().findElement(By.id("briefName")).isDisplayed()).isTrue();
		browser.screenshot("brief-print");
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	private void signIn(String username) {
		browser.open(url("/login"));
		browser.type(By.id("username"), username);
		browser.type(By.id("password"), Users.GOOD_PASSWORD);
		browser.click(By.cssSelector("#signInForm button[type='submit']"));
		browser.waitForPath("/");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
