package org.keyline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for browser tests, as a JUnit 5 extension: register it with
 * {@code @RegisterExtension static final Browser browser = new Browser();} and every test
 * gets a fresh browser (own profile, so no cookies carry over) that is closed after it.
 * Tests run one at a time: the extension holds one browser.
 * <p>
 * The tests are skipped, not failed, when {@code /usr/bin/chromium} or
 * {@code /usr/bin/chromedriver} is missing
 * ({@code apt-get install -y chromium chromium-driver}): by the execution condition
 * before the test class starts anything, and by an assumption should the extension be
 * registered in an instance field. When a test fails, a screenshot of the page it was on
 * is saved as {@code failed-<test>.png}.
 * <p>
 * Waits are explicit ({@link WebDriverWait}); nothing sleeps. The browser console is
 * collected on every call of {@link #consoleMessages()}, so that tests can look for
 * Content-Security-Policy violations.
 */
public class Browser implements ExecutionCondition, BeforeEachCallback, AfterEachCallback {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Where {@link #screenshot(String)} saves its PNG files. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String SKIPPED = "Browser test skipped: it needs " + CHROMIUM + " and " + CHROMEDRIVER
			+ " (apt-get install -y chromium chromium-driver)";

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final List<LogEntry> console = new ArrayList<>();

	private ChromeDriver driver;

	private WebDriverWait wait;

	private Path profile;

	/**
	 * Skips the tests when Chromium or its driver is missing. Registered in a static
	 * field, this is decided before anything (such as a Spring application context) is
	 * started for the test class, and every test is reported as skipped with the reason.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return isInstalled() ? ConditionEvaluationResult.enabled("Chromium and chromedriver are installed")
				: ConditionEvaluationResult.disabled(SKIPPED);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		assumeInstalled();
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		this.profile = Files.createTempDirectory("keyline-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + this.profile,
				// Bootstrap scrolls smoothly and animates unless reduced motion is asked
				// for; a click could then land where an element was before it scrolled.
				"--force-prefers-reduced-motion");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		this.driver = new ChromeDriver(options);
		this.wait = new WebDriverWait(this.driver, TIMEOUT);
		this.console.clear();
	}

	/** Skips the current test (or test class) when Chromium or its driver is missing. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(isInstalled(), SKIPPED);
	}

	/** Whether {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are there. */
	public static boolean isInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (this.driver == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				screenshot("failed-" + context.getRequiredTestMethod().getName());
			}
		}
		finally {
			this.driver.quit();
			this.driver = null;
			deleteProfile();
		}
	}

	/** The Selenium driver, for what this class does not offer. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Opens the address and waits until the page has loaded. */
	public void open(String url) {
		this.driver.get(url);
		waitForLoad();
	}

	/** The address of the current page. */
	public String url() {
		return this.driver.getCurrentUrl();
	}

	/** Waits until an element is visible and returns it. */
	public WebElement visible(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits until an element is clickable and clicks it. */
	public void click(By by) {
		this.wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	/** Waits until an input is visible, clears it and types the text. */
	public void type(By by, String text) {
		WebElement input = visible(by);
		input.clear();
		input.sendKeys(text);
	}

	/** Whether at least one element on the current page matches, without waiting. */
	public boolean has(By by) {
		return !this.driver.findElements(by).isEmpty();
	}

	/** Waits until the path of the current address (without query) is the given one. */
	public void waitForPath(String path) {
		waitUntil((driver) -> path.equals(URI.create(driver.getCurrentUrl()).getPath()));
		waitForLoad();
	}

	/** Runs JavaScript in the current page and returns what it returns. */
	public Object script(String javaScript, Object... arguments) {
		return this.driver.executeScript(javaScript, arguments);
	}

	/** Waits until the current document has loaded. */
	public void waitForLoad() {
		waitUntil((driver) -> "complete".equals(script("return document.readyState")));
	}

	/** Waits until the condition holds (is non-null and not false). */
	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return this.wait.until(condition);
	}

	/**
	 * Saves a PNG of the whole page, not only its visible part, to
	 * {@code target/screenshots/<name>.png} ({@code name} may hold a sub-folder).
	 */
	public Path screenshot(String name) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every message the browser console has shown since this browser started (Chromium
	 * hands each message out once; this keeps them).
	 */
	public List<LogEntry> consoleMessages() {
		this.driver.manage().logs().get(LogType.BROWSER).forEach(this.console::add);
		return List.copyOf(this.console);
	}

	/** Forgets the console messages seen so far, for a test that provoked some. */
	public void forgetConsoleMessages() {
		consoleMessages();
		this.console.clear();
	}

	/** The console messages that report a Content-Security-Policy violation. */
	public List<String> contentSecurityPolicyViolations() {
		return consoleMessages().stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

	private void deleteProfile() throws IOException {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		this.profile = null;
	}

}
