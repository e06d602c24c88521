package org.keyline.dataio;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.people.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key account manager imports a spreadsheet of accounts in a real (headless) browser:
 * the file's German column names are not recognised, so they map the columns on the
 * preview; one row names a country Keyline does not know, so the import is refused until
 * they choose to leave that row out; then the accounts appear in the account list.
 * Screenshots go to {@code target/screenshots}.
 */
@KeylineServerTest
class ImportBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
		}
	}

	@Test
	void aManagerMapsTheColumnsLeavesTheBadRowOutAndSeesTheAccountsAppear() throws IOException {
		String run = ImportFixtures.run();
		Path file = Files.createTempFile("kunden-", ".csv");
		Files.writeString(file,
				String.join("\r\n", "Firma;Branche;Land;Mitarbeiter",
						"Browser Import Alpha " + run + ";Banking;Deutschland;1.200",
						"Browser Import Beta " + run + ";Retail;Frankreich;80",
						"Browser Import Gamma " + run + ";Insurance;Atlantis;15") + "\r\n",
				StandardCharsets.UTF_8);
		try {
			browser.open(url("/login"));
			signIn("manager", Users.DEMO_PASSWORD);
			browser.open(url("/accounts"));
			browser.click(By.id("importLink"));
			browser.waitForPath("/accounts/import");
			browser.screenshot("import-upload");
			browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.click(By.id("uploadButton"));
			browser.waitUntil(
					(driver) -> URI.create(driver.getCurrentUrl()).getPath().matches("/accounts/import/[0-9a-f-]{36}"));
			browser.waitForLoad();
			String preview = URI.create(browser.url()).getPath();

			// Not recognised: every row fails until the columns are mapped.
			assertThat(browser.visible(By.id("shape")).getText()).isEqualTo("Another file: check the mapping");
			assertThat(browser.visible(By.id("unmappedAlert")).getText()).contains("Name", "Industry", "Country");
			assertThat(browser.visible(By.id("summaryFailing")).getText()).isEqualTo("3 failing rows");
			select("column0", "ACCOUNT_NAME");
			select("column1", "INDUSTRY");
			select("column2", "COUNTRY");
			select("column3", "EMPLOYEES");
			browser.click(By.id("applyMapping"));
			browser.waitUntil((driver) -> browser.has(By.cssSelector("div.alert-success")));
			assertThat(URI.create(browser.url()).getPath()).isEqualTo(preview);
			assertThat(browser.visible(By.id("summaryNew")).getText()).isEqualTo("2 new accounts");
			assertThat(browser.visible(By.id("summaryFailing")).getText()).isEqualTo("1 failing row");
			assertThat(browser.visible(By.cssSelector("#failureTable tr[data-row='4']")).getText()).contains("Land",
					"Atlantis", "Keyline does not know this country.");
			browser.screenshot("import-preview-mapped");

			// Import without deciding about the failing row: nothing is written.
			browser.click(By.id("importButton"));
			assertThat(browser.visible(By.id("skipFailing-errors")).getText())
				.contains("Nothing is written until you choose to leave it out");
			assertThat(countImported(run)).isZero();
			browser.screenshot("import-refused-until-decided");

			browser.click(By.id("skipFailing1"));
			browser.click(By.id("importButton"));
			browser.waitForPath("/accounts");
			assertThat(browser.visible(By.cssSelector("div.alert-success")).getText())
				.isEqualTo("Import done: 2 accounts created, none updated, no duplicates and 1 failing row skipped.");
			// The list's filter (htmx) narrows it to this test's accounts.
			browser.type(By.id("q"), run);
			browser.waitUntil((driver) -> "2 accounts".equals(
					browser.script("var c = document.getElementById('accountCount'); return c ? c.innerText : '';")));
			assertThat(browser.visible(By.id("accountTable")).getText()).contains("Browser Import Alpha " + run)
				.contains("Browser Import Beta " + run)
				.doesNotContain("Browser Import Gamma " + run);
			assertThat(countImported(run)).isEqualTo(2);
			browser.screenshot("import-accounts-appear");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private long countImported(String run) {
		return this.jdbc.queryForObject("select count(*) from account_account where name like ?", Long.class,
				"Browser Import % " + run);
	}

	private void select(String id, String value) {
		new Select(browser.visible(By.id(id))).selectByValue(value);
	}

	private void signIn(String username, String password) {
		browser.waitForPath("/login");
		browser.type(By.id("username"), username);
		browser.type(By.id("password"), password);
		browser.click(By.cssSelector("#signInForm button[type='submit']"));
		browser.waitForPath("/");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
