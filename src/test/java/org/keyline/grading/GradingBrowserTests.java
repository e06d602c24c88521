package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A director changes a criterion's weight in a real browser, previews which accounts
 * would change tier, and saves: the scheme then holds the new weight.
 */
@KeylineServerTest
class GradingBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	GradingScheme.Criterion original;

	Viewer director;

	@AfterEach
	void restoreTheSchemeAndCheckTheConsole() {
		if (this.original != null) {
			GradingScheme.Criterion now = this.grading.scheme()
				.criteria()
				.stream()
				.filter((c) -> c.id() == this.original.id())
				.findFirst()
				.orElseThrow();
			this.grading.updateCriterion(this.original.id(),
					new CriterionInput(this.original.name(), this.original.description(), this.original.weight(),
							this.original.kind(), this.original.metric(), this.original.bands(),
							this.original.guidance()),
					now.version(), this.director);
		}
		if (browser.driver() != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
		}
	}

	@Test
	void aDirectorChangesAWeightPreviewsTheMovesAndSaves() {
		String directorName = this.testUsers.create("director", Role.DIRECTOR);
		this.director = new Viewer(this.testUsers.idOf(directorName), directorName, EnumSet.of(Role.DIRECTOR));
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		long big = this.accounts.create(Accounts.aProfile("Weighty Industries " + System.nanoTime() % 100_000), null,
				owner);
		this.accounts.recordEconomics(big, LocalDate.now().getYear() - 1, BigDecimal.valueOf(6_000_000),
				BigDecimal.valueOf(4_000_000), BigDecimal.valueOf(10_000_000), null, owner);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
		this.original = this.grading.scheme().criteria().get(0);

		browser.open(url("/login"));
		browser.type(By.id("username"), directorName);
		browser.type(By.id("password"), Users.GOOD_PASSWORD);
		browser.click(By.cssSelector("#signInForm button[type='submit']"));
		browser.waitForPath("/");
		browser.click(By.id("navGrading"));
		browser.click(By.cssSelector("a[href$='/grading/criteria/" + this.original.id() + "/edit']"));
		browser.type(By.id("weight"), "80");
		browser.click(By.id("previewChanges"));
		String preview = browser.visible(By.id("preview")).getText();
		assertThat(preview).contains("would change tier").contains("Weighty Industries");
		assertThat(browser.visible(By.id("weight")).getAttribute("value")).isEqualTo("80");
		assertThat(this.grading.scheme().criteria().get(0).weight()).as("nothing saved by the preview")
			.isEqualByComparingTo(this.original.weight());
		browser.screenshot("grading-preview");

		browser.click(By.id("saveCriterion"));
		browser.waitForPath("/grading");
		assertThat(this.grading.scheme().criteria().get(0).weight()).isEqualByComparingTo("80");
		browser.screenshot("grading-saved");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
