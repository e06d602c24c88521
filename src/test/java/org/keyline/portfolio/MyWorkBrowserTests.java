package org.keyline.portfolio;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.people.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role signs in and lands on "my work" with its own section, in a real browser,
 * without Content-Security-Policy violations; screenshots go to
 * {@code target/screenshots/my-work-<role>.png}.
 */
@KeylineServerTest
class MyWorkBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
		}
	}

	@Test
	void theManagerSeesTheirAccountsWithAlertsAndFollowsALine() {
		signIn("manager");
		WebElement section = browser.visible(By.id("managerWork"));
		assertThat(section.getText()).contains("As key account manager", "Your accounts", "Overdue actions",
				"Strategy reviews due", "Links going cold", "Plans waiting for you");
		assertThat(browser.has(By.id("memberWork"))).isFalse();
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("#managerAccounts tbody tr"));
		assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(MyWorkService.LIMIT);
		assertThat(browser.visible(By.cssSelector("#managerAccounts tbody tr .kl-tier")).getText()).isNotBlank();
		browser.screenshot("my-work-manager");

		String accountId = rows.get(0).getDomAttribute("data-account-id");
		browser.click(By.cssSelector("#managerAccounts tbody tr:first-child td:first-child a"));
		browser.waitForPath("/accounts/" + accountId);
	}

	@Test
	void anAccountTheManagerCreatesCountsOnTheNextViewOfMyWork() {
		signIn("manager");
		By seeAll = By.cssSelector("#managerAccounts .card-header a");
		int before = count(browser.visible(seeAll).getText());
		// Viewed again with nothing changed: what was computed is reused, and the same.
		browser.open(url("/"));
		assertThat(count(browser.visible(seeAll).getText())).isEqualTo(before);

		browser.open(url("/accounts/new"));
		browser.type(By.id("name"), "Counted At Once " + System.nanoTime() % 100_000);
		new Select(browser.visible(By.id("industry"))).selectByValue("LOGISTICS");
		new Select(browser.visible(By.id("region"))).selectByValue("WESTERN_EUROPE");
		new Select(browser.visible(By.id("country"))).selectByValue("NL");
		browser.click(By.id("saveAccount"));
		browser.waitUntil((driver) -> URI.create(driver.getCurrentUrl()).getPath().matches("/accounts/\\d+"));

		browser.click(By.id("navMyWork"));
		browser.waitForPath("/");
		assertThat(count(browser.visible(seeAll).getText())).isEqualTo(before + 1);
		browser.screenshot("my-work-after-a-change");
	}

	/** The number in "See all (12)". */
	private static int count(String seeAll) {
		return Integer.parseInt(seeAll.replaceAll("\\D", ""));
	}

	@Test
	void theMemberSeesTheirActionsAndAccounts() {
		signIn("member");
		assertThat(browser.visible(By.id("memberWork")).getText()).contains("Your open actions",
				"Plans waiting for your sign-off", "Accounts whose team you are on");
		assertThat(browser.driver().findElements(By.cssSelector("#memberAccounts tbody tr"))).isNotEmpty();
		assertThat(browser.has(By.id("managerWork"))).isFalse();
		browser.screenshot("my-work-member");
	}

	@Test
	void theMentorSeesReviewsAndPlansOfMentoredAccounts() {
		signIn("mentor");
		assertThat(browser.visible(By.id("mentorWork")).getText()).contains("Strategy reviews due",
				"Plans to comment on", "Accounts you mentor");
		assertThat(browser.driver().findElements(By.cssSelector("#mentorAccounts tbody tr"))).isNotEmpty();
		browser.screenshot("my-work-mentor");
	}

	@Test
	void theDirectorSeesThePortfolioAndItsExceptions() {
		signIn("director");
		assertThat(browser.visible(By.id("directorSummary")).getText()).contains("All active accounts");
		assertThat(browser.visible(By.id("directorExceptions")).getText()).contains("Loss-making accounts",
				"Strategy reviews overdue");
		assertThat(browser.visible(By.id("portfolioLink")).getDomAttribute("href")).isEqualTo("/portfolio");
		browser.screenshot("my-work-director");
		browser.click(By.cssSelector("#exLossMaking a"));
		browser.waitForPath("/accounts");
	}

	@Test
	void theAdminSeesTheUsersSummary() {
		signIn("admin");
		assertThat(browser.visible(By.id("adminWork")).getText()).contains("active users");
		assertThat(browser.has(By.id("managerWork"))).isFalse();
		browser.screenshot("my-work-admin");
		browser.click(By.id("adminUsersLink"));
		browser.waitForPath("/admin/users");
	}

	private void signIn(String username) {
		browser.driver().manage().deleteAllCookies();
		browser.open(url("/login"));
		browser.type(By.id("username"), username);
		browser.type(By.id("password"), Users.DEMO_PASSWORD);
		browser.click(By.cssSelector("#signInForm button[type='submit']"));
		browser.waitForPath("/");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
