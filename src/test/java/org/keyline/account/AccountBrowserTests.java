package org.keyline.account;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.people.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key account manager creates an account, records a year of economics and finds the
 * account again through the list's filters, in a real (headless) browser against the
 * running application: the htmx filters update the results without reloading the page,
 * keep them in the address (bookmarkable, reloadable, reachable with the back button) and
 * the column headers sort. Skipped where Chromium is not installed. Screenshots go to
 * {@code target/screenshots}.
 */
@KeylineServerTest
class AccountBrowserTests {

	private static final By ACCOUNTS_LINK = By.cssSelector("nav.navbar a[href='/accounts']");

	private static final String ROWS = "#accountTable tr[data-account-id]";

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
	void managerCreatesAnAccountRecordsAYearAndFindsItThroughTheFilters() {
		String suffix = String.valueOf(System.nanoTime() % 100_000);
		String name = "Browser Test Industries " + suffix;
		String partOfName = "Industries " + suffix;
		int year = LocalDate.now().getYear() - 1;

		// 1. Create the account, first forgetting its name.
		browser.open(url("/login"));
		signIn("manager", Users.DEMO_PASSWORD);
		browser.click(ACCOUNTS_LINK);
		browser.waitForPath("/accounts");
		browser.click(By.id("newAccount"));
		browser.waitForPath("/accounts/new");
		select("industry", "LOGISTICS");
		select("region", "WESTERN_EUROPE");
		select("country", "NL");
		browser.type(By.id("employees"), "1200");
		browser.type(By.id("website"), "https://example.org");
		select("stage", "IMPLEMENTATION");
		browser.type(By.id("competitors0.name"), "Rival Freight");
		browser.type(By.id("competitors0.shareOfSpend"), "35");
		long accountsBefore = countAccounts();
		browser.click(By.id("saveAccount"));

		assertThat(browser.visible(By.id("name-errors")).getText()).isEqualTo("Enter the company's name.");
		assertThat(browser.visible(By.id("name")).getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.visible(By.cssSelector("#accountForm .alert-danger")).getText())
			.as("error summary above the form")
			.isNotBlank();
		assertThat(URI.create(browser.url()).getPath()).isEqualTo("/accounts");
		assertThat(selected("industry")).as("typed values are kept").isEqualTo("LOGISTICS");
		assertThat(selected("country")).isEqualTo("NL");
		assertThat(browser.visible(By.id("competitors0.name")).getDomProperty("value")).isEqualTo("Rival Freight");
		assertThat(browser.has(By.cssSelector("div.alert-success"))).isFalse();
		assertThat(countAccounts()).as("accounts after the refused form").isEqualTo(accountsBefore);
		browser.screenshot("account-form-errors");

		browser.type(By.id("name"), name);
		browser.click(By.id("saveAccount"));
		browser.waitUntil((driver) -> URI.create(driver.getCurrentUrl()).getPath().matches("/accounts/\\d+"));
		browser.waitForLoad();
		String path = URI.create(browser.url()).getPath();
		String id = path.substring("/accounts/".length());
		assertThat(browser.visible(By.cssSelector("div.alert-success")).getText())
			.isEqualTo("Account " + name + " created.");
		assertThat(browser.visible(By.id("accountName")).getText()).isEqualTo(name);
		assertThat(browser.has(By.id("lossBadge"))).isFalse();
		assertThat(countAccounts()).isEqualTo(accountsBefore + 1);

		// 2. Record a loss-making year without knowing the category spend.
		browser.click(By.id("recordYear"));
		browser.waitForPath(path + "/economics/new");
		browser.type(By.id("fiscalYear"), String.valueOf(year));
		browser.type(By.id("revenue"), "1000000");
		browser.type(By.id("costToServe"), "1200000");
		assertThat(browser.visible(By.id("categorySpend")).getDomProperty("value")).isEmpty();
		browser.click(By.id("saveEconomics"));
		browser.waitForPath(path);

		assertThat(browser.visible(By.cssSelector("div.alert-success")).getText())
			.isEqualTo("Economics for " + year + " saved.");
		WebElement row = browser.visible(By.cssSelector("#economicsTable tr[data-year='" + year + "']"));
		List<WebElement> cells = row.findElements(By.tagName("td"));
		assertThat(cells.get(0).getText()).isEqualTo("€1,000,000");
		assertThat(cells.get(1).getText()).isEqualTo("€1,200,000");
		assertThat(cells.get(2).getText()).contains("-€200,000", "Loss-making");
		assertThat(cells.get(2).getDomAttribute("class")).contains("text-danger");
		assertThat(cells.get(4).getText()).as("category spend").isEqualTo("unknown");
		assertThat(cells.get(5).getText()).as("share of wallet").isEqualTo("unknown");
		assertThat(browser.visible(By.id("lossBadge")).getText()).isEqualTo("Loss-making");
		assertThat(browser.visible(By.id("headline")).getText()).contains("-€200,000");
		browser.screenshot("account-page");

		// 3. Find it through the filters, without a page reload.
		browser.click(ACCOUNTS_LINK);
		browser.waitForPath("/accounts");
		assertThat(browser.url()).doesNotContain("?");
		((JavascriptExecutor) browser.driver()).executeScript("window.__klMarker = 42");

		browser.type(By.id("q"), partOfName);
		waitForResults(id, (query) -> partOfName.equals(first(query, "q")));
		select("industry", "LOGISTICS");
		waitForResults(id, (query) -> "LOGISTICS".equals(first(query, "industry")));
		browser.click(By.id("loss"));
		waitForResults(id, (query) -> "true".equals(first(query, "loss")));

		assertThat(browser.script("return window.__klMarker")).as("no full page reload").isEqualTo(42L);
		assertThat(browser.visible(By.id("accountCount")).getText()).isEqualTo("1 account");
		WebElement found = browser.visible(By.cssSelector(ROWS));
		assertThat(found.getText()).contains(name, "Loss-making", "-€200,000", "unknown");
		Map<String, List<String>> query = query(browser.url());
		assertThat(query).as("filters in the address: bookmarkable")
			.containsEntry("q", List.of(partOfName))
			.containsEntry("industry", List.of("LOGISTICS"))
			.containsEntry("loss", List.of("true"));
		browser.screenshot("account-list-filtered");

		browser.driver().navigate().refresh();
		browser.waitForLoad();
		assertThat(browser.script("return window.__klMarker")).as("reloaded").isNull();
		assertThat(rowIds()).containsExactly(id);
		assertThat(browser.visible(By.id("accountCount")).getText()).isEqualTo("1 account");
		assertThat(browser.visible(By.id("q")).getDomProperty("value")).isEqualTo(partOfName);
		assertThat(selected("industry")).isEqualTo("LOGISTICS");
		assertThat(browser.visible(By.id("loss")).isSelected()).isTrue();

		// htmx keeps no history snapshots here (historyCacheSize 0): going back loads the
		// previous address afresh, so wait for the new document before looking at it.
		browser.script("window.__klMarker = 43");
		browser.driver().navigate().back();
		browser.waitUntil((driver) -> !"true".equals(first(query(driver.getCurrentUrl()), "loss"))
				&& browser.script("return window.__klMarker") == null);
		browser.waitForLoad();
		assertThat(query(browser.url())).containsEntry("q", List.of(partOfName))
			.containsEntry("industry", List.of("LOGISTICS"))
			.doesNotContainKey("loss");
		browser.waitUntil((driver) -> !browser.visible(By.id("loss")).isSelected());
		assertThat(rowIds()).containsExactly(id);

		// 4. Sort by revenue with the column header.
		WebElement revenue = browser.visible(By.cssSelector("#accountTable thead a[href*='sort=revenue']"));
		assertThat(revenue.getText()).isEqualTo("Revenue");
		browser.script("window.__klMarker = 44");
		browser.click(By.cssSelector("#accountTable thead a[href*='sort=revenue']"));
		browser.waitUntil((driver) -> "revenue".equals(first(query(driver.getCurrentUrl()), "sort")));
		assertThat(query(browser.url())).containsEntry("q", List.of(partOfName))
			.containsEntry("industry", List.of("LOGISTICS"));
		browser.waitUntil((driver) -> "ascending"
			.equals(browser.script("var a = document.querySelector(\"#accountTable thead a[href*='sort=revenue']\");"
					+ " return a && a.closest('th').getAttribute('aria-sort');")));
		assertThat(rowIds()).containsExactly(id);
		assertThat(browser.script("return window.__klMarker")).as("sorted without a page reload").isEqualTo(44L);
		browser.screenshot("account-list-sorted");
		assertThat(errorsInTheConsole()).as("errors in the browser console (htmx reports its own there)").isEmpty();
	}

	@Test
	void memberMayNotCreateAccounts() {
		browser.open(url("/login"));
		signIn("member", Users.DEMO_PASSWORD);

		browser.open(url("/accounts/new"));
		assertThat(browser.visible(By.cssSelector(".kl-error[data-status='403'] h1")).getText())
			.isEqualTo("Not allowed");
		assertThat(browser.has(By.id("accountForm"))).isFalse();
		assertThat(errorsInTheConsole()).singleElement().asString().contains("/accounts/new", "status of 403");
		browser.screenshot("account-new-member-403");

		browser.click(ACCOUNTS_LINK);
		browser.waitForPath("/accounts");
		browser.visible(By.id("accountCount"));
		assertThat(browser.has(By.id("newAccount"))).as("New account button for a member").isFalse();
		assertThat(browser.has(By.cssSelector("a[href='/accounts/new']"))).isFalse();
		browser.screenshot("account-list-member");
	}

	/**
	 * Waits until the results show exactly the one account and the address has the filter
	 * just changed.
	 */
	private void waitForResults(String id, Predicate<Map<String, List<String>>> address) {
		browser.waitUntil((driver) -> address.test(query(driver.getCurrentUrl())) && List.of(id).equals(rowIds())
				&& "1 account".equals(browser
					.script("var c = document.getElementById('accountCount'); return c && c.textContent.trim();")));
	}

	private List<String> rowIds() {
		Object ids = browser.script("return Array.from(document.querySelectorAll(arguments[0]),"
				+ " (tr) => tr.getAttribute('data-account-id'));", ROWS);
		List<String> result = new ArrayList<>();
		((List<?>) ids).forEach((value) -> result.add(String.valueOf(value)));
		return result;
	}

	private List<String> errorsInTheConsole() {
		return browser.consoleMessages()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private void select(String id, String value) {
		new Select(browser.visible(By.id(id))).selectByValue(value);
	}

	private String selected(String id) {
		return browser.visible(By.id(id)).getDomProperty("value");
	}

	private long countAccounts() {
		return this.jdbc.queryForObject("select count(*) from account_account", Long.class);
	}

	private static String first(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	private static Map<String, List<String>> query(String url) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		String raw = URI.create(url).getRawQuery();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String key = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			query.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
		}
		return query;
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
