package org.keyline.journeys;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;

import org.keyline.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does in Keyline's pages, for the browser journeys: sign in and out,
 * follow links, fill in forms, wait for what a user would wait for, and keep a numbered
 * screenshot of each step ({@code target/screenshots/journeys/<role>-NN-<step>.png}). At
 * every screenshot the browser console must be free of Content-Security-Policy
 * violations.
 * <p>
 * Everything goes through the page, as a user would: clicks and keys, never a request
 * made by the test.
 */
final class Journey {

	private final Browser browser;

	private final int port;

	private final String role;

	private final int[] step;

	private long lastStep = System.nanoTime();

	Journey(Browser browser, int port, String role) {
		this(browser, port, role, new int[1]);
	}

	private Journey(Browser browser, int port, String role, int[] step) {
		this.browser = browser;
		this.port = port;
		this.role = role;
		this.step = step;
	}

	/**
	 * The same journey carried on in another browser (another person, or the same person
	 * on another machine); the screenshots keep one numbering.
	 */
	Journey in(Browser other) {
		return new Journey(other, this.port, this.role, this.step);
	}

	Browser browser() {
		return this.browser;
	}

	// ------------------------------------------------------------------ signing in

	/** Signs in on the sign-in page and lands on "My work". */
	void signIn(String username, String password) {
		this.browser.open(url("/login"));
		type(By.id("username"), username);
		type(By.id("password"), password);
		follow(By.cssSelector("#signInForm button[type='submit']"));
		assertThat(path()).as("signed in as " + username).isEqualTo("/");
		this.browser.visible(By.id("who"));
	}

	/** Tries to sign in and expects to be turned away; returns the message shown. */
	String signInRefused(String username, String password) {
		this.browser.open(url("/login"));
		type(By.id("username"), username);
		type(By.id("password"), password);
		follow(By.cssSelector("#signInForm button[type='submit']"));
		assertThat(path()).isEqualTo("/login");
		return text(By.id("signInError"));
	}

	/** Signs out through the user menu. */
	void signOut() {
		click(By.id("userMenu"));
		follow(By.id("signOut"));
		assertThat(path()).isEqualTo("/login");
	}

	// ------------------------------------------------------------------ moving around

	/** Types an address into the address bar (what a user does with a bookmark). */
	void open(String path) {
		this.browser.open(url(path));
	}

	/**
	 * Clicks a link or a submit button and waits until the next page has loaded (the old
	 * page is gone and the new one is complete).
	 */
	void follow(By by) {
		WebElement html = this.browser.driver().findElement(By.tagName("html"));
		click(by);
		this.browser.waitUntil(ExpectedConditions.stalenessOf(html));
		this.browser.waitForLoad();
	}

	/** Follows the link with exactly this text. */
	void followLink(String text) {
		follow(By.linkText(text));
	}

	/** Presses Enter on an element (a link or a button), as keyboard users do. */
	void pressEnter(By by) {
		WebElement element = this.browser.visible(by);
		this.browser.script("arguments[0].focus()", element);
		assertThat(this.browser.script("return document.activeElement === arguments[0]", element))
			.as("%s takes the keyboard focus", by)
			.isEqualTo(true);
		element.sendKeys(Keys.ENTER);
	}

	/** Presses Enter on a link or button and waits for the page it leads to. */
	void pressEnterAndFollow(By by) {
		WebElement html = this.browser.driver().findElement(By.tagName("html"));
		pressEnter(by);
		this.browser.waitUntil(ExpectedConditions.stalenessOf(html));
		this.browser.waitForLoad();
	}

	void click(By by) {
		this.browser.click(by);
	}

	/** The path of the current address, without query or fragment. */
	String path() {
		return URI.create(this.browser.url()).getPath();
	}

	/** The current address relative to the server, with query, without fragment. */
	String relativeUrl() {
		URI uri = URI.create(this.browser.url());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	// ------------------------------------------------------------------ forms

	void type(By by, String text) {
		this.browser.type(by, text);
	}

	/** Chooses an option by its visible text. */
	void choose(By by, String visibleText) {
		new Select(this.browser.visible(by)).selectByVisibleText(visibleText);
	}

	/** Chooses an option by its value. */
	void chooseValue(By by, String value) {
		new Select(this.browser.visible(by)).selectByValue(value);
	}

	/** The text of the selected option. */
	String chosen(By by) {
		return new Select(this.browser.visible(by)).getFirstSelectedOption().getText();
	}

	/**
	 * Types a date into a date input with the keyboard, in the order the browser's locale
	 * shows its parts (month, day and year for en-US), and checks the input took it.
	 */
	void typeDate(By by, LocalDate date) {
		@SuppressWarnings("unchecked")
		List<String> order = (List<String>) this.browser
			.script("return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2001, 10, 22))"
					+ ".filter(p => p.type === 'day' || p.type === 'month' || p.type === 'year').map(p => p.type);");
		WebElement input = this.browser.visible(by);
		// Focused from elsewhere, a date input starts at its first part.
		this.browser.script("arguments[0].focus()", input);
		StringBuilder keys = new StringBuilder();
		for (String part : order) {
			keys.append(switch (part) {
				case "day" -> String.format("%02d", date.getDayOfMonth());
				case "month" -> String.format("%02d", date.getMonthValue());
				default -> String.format("%04d", date.getYear());
			});
		}
		input.sendKeys(keys);
		assertThat(input.getDomProperty("value")).as("date typed into %s", by).isEqualTo(date.toString());
	}

	// ------------------------------------------------------------------ looking

	/** The visible text of an element, once it is visible. */
	String text(By by) {
		return this.browser.visible(by).getText();
	}

	boolean has(By by) {
		return this.browser.has(by);
	}

	/** Waits until the element's text contains the text (it may be swapped by htmx). */
	void waitForText(By by, String text) {
		this.browser.waitUntil((driver) -> {
			try {
				List<WebElement> found = driver.findElements(by);
				return !found.isEmpty() && found.get(0).getText().contains(text);
			}
			catch (StaleElementReferenceException swappedMeanwhile) {
				return false;
			}
		});
	}

	/** The success message of the page (after Post/Redirect/Get). */
	String flash() {
		return text(By.cssSelector("div.alert-success"));
	}

	/** The error page shown, by its status. */
	String errorPage(int status) {
		return text(By.cssSelector(".kl-error[data-status='" + status + "'] h1"));
	}

	/**
	 * Saves the numbered screenshot of this step and checks that the page fits the
	 * window's width, that every form field on it has a label, and that the browser has
	 * not refused anything under the Content-Security-Policy so far.
	 */
	void screenshot(String name) {
		assertThat(this.browser
			.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("the page fits the window's width (no sideways scrolling) before " + name)
			.isEqualTo(true);
		assertThat(unlabelledFields()).as("form fields without a label on the page before " + name).isEmpty();
		this.step[0]++;
		String file = "journeys/%s-%02d-%s".formatted(this.role, this.step[0], name);
		long before = System.nanoTime();
		this.browser.screenshot(file);
		long now = System.nanoTime();
		// How long each step took, for whoever wonders why a journey is slow.
		System.out.printf("%s: %d ms (screenshot %d ms)%n", file, (now - this.lastStep) / 1_000_000,
				(now - before) / 1_000_000);
		this.lastStep = now;
		assertNoContentSecurityPolicyViolations();
	}

	/**
	 * The form fields of the page that have no accessible name: no label, no
	 * {@code aria-label}, no {@code aria-labelledby}, no title.
	 */
	List<String> unlabelledFields() {
		@SuppressWarnings("unchecked")
		List<String> fields = (List<String>) this.browser.script("""
				return Array.from(document.querySelectorAll('input, select, textarea'))
				    .filter((e) => !['hidden', 'submit', 'button', 'reset', 'image'].includes(e.type))
				    .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
				        && !e.getAttribute('aria-labelledby') && !e.title)
				    .map((e) => e.outerHTML.substring(0, 200));""");
		return fields;
	}

	void assertNoContentSecurityPolicyViolations() {
		assertThat(this.browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console")
			.isEmpty();
	}

	/** Errors in the console (failed requests, scripts that threw). */
	List<String> consoleErrors() {
		return this.browser.consoleMessages()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
