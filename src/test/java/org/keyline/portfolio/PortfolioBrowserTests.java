package org.keyline.portfolio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.CoverageSummaries;
import org.keyline.people.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director opens the portfolio dashboard in a real browser: Chart.js draws the charts
 * (under the Content-Security-Policy, without inline script), and the owner filter
 * narrows the page to one manager's accounts.
 */
@KeylineServerTest
class PortfolioBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageSummaries summaries;

	@Autowired
	TestUsers testUsers;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
		}
	}

	@Test
	void theDirectorSeesTheChartsAndFiltersByOwner() {
		PortfolioFixture f = new PortfolioFixture(this.jdbc, this.testUsers, this.summaries).build();
		String director = this.testUsers.create("pfdirector", Role.DIRECTOR);

		signIn(director);
		browser.click(By.id("navPortfolio"));
		browser.waitForPath("/portfolio");
		assertThat(drawn("chartTiers")).isEqualTo("true");
		assertThat(drawn("chartPareto")).isEqualTo("true");
		assertThat(browser.script("return Chart.getChart(document.getElementById('chartTiers')) != null"))
			.isEqualTo(true);
		browser.screenshot("portfolio-dashboard");

		new Select(browser.visible(By.id("owner"))).selectByValue(String.valueOf(f.owner.userId()));
		browser.click(By.id("applyFilter"));
		browser.waitUntil((driver) -> driver.getCurrentUrl().contains("owner=" + f.owner.userId()));
		assertThat(browser.visible(By.id("portfolioSummary")).getText()).startsWith("11 accounts");
		assertThat(drawn("chartMoves")).isEqualTo("true");
		assertThat(browser.visible(By.id("tableLossMaking")).getText()).contains(f.name("Bravo"), f.name("Delta"));
		assertThat(browser.visible(By.cssSelector("a[data-csv='tiers']")).getAttribute("href"))
			.endsWith("/portfolio/tiers.csv?owner=" + f.owner.userId());
		browser.screenshot("portfolio-filtered");

		browser.click(By.cssSelector("#tableLossMaking a"));
		browser.waitForPath("/accounts/" + f.bravo);
	}

	private Object drawn(String canvas) {
		return browser.waitUntil((driver) -> {
			String state = driver.findElement(By.id(canvas)).getAttribute("data-drawn");
			return (state != null) ? state : null;
		});
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
