package org.keyline.people;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, creating a user and signing out in a real (headless) browser against the
 * running application, with its scripts, styles and Content-Security-Policy. Skipped
 * where Chromium is not installed. Screenshots go to {@code target/screenshots}.
 */
@KeylineServerTest
class SignInBrowserTests {

	private static final By USERS_LINK = By.cssSelector("nav a[href='/admin/users']");

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
	void adminCreatesAKeyAccountManagerWhoSignsInWithoutUserAdministration() {
		String username = "browser-" + System.nanoTime() % 100_000;
		String displayName = "Browser Test " + username;

		browser.open(url("/login"));
		browser.visible(By.id("signInForm"));
		browser.screenshot("01-login");
		signIn("admin", Users.DEMO_PASSWORD);
		assertThat(browser.visible(By.id("who")).getText()).contains("(admin)");

		browser.click(USERS_LINK);
		browser.waitForPath("/admin/users");
		assertThat(browser.visible(By.cssSelector("#userTable tr[data-username='admin']")).isDisplayed()).isTrue();
		browser.screenshot("02-users");

		browser.click(By.id("newUser"));
		browser.waitForPath("/admin/users/new");
		browser.type(By.id("username"), username);
		browser.type(By.id("displayName"), displayName);
		browser.type(By.id("email"), username + "@example.com");
		WebElement manager = browser
			.visible(By.cssSelector("#userForm input[type='checkbox'][name='roles'][value='MANAGER']"));
		assertThat(manager.getDomAttribute("id")).isEqualTo("roles3");
		assertThat(browser.visible(By.cssSelector("label[for='roles3']")).getText()).startsWith("Key account manager");
		browser.click(By.id("roles3"));
		assertThat(manager.isSelected()).isTrue();
		browser.type(By.id("password"), Users.GOOD_PASSWORD);
		browser.type(By.id("passwordConfirmation"), Users.GOOD_PASSWORD);
		browser.screenshot("03-new-user-form");
		browser.click(By.cssSelector("#userForm button[type='submit']"));

		WebElement created = browser.visible(By.cssSelector("div.alert-success"));
		assertThat(created.getText()).contains(username);
		assertThat(browser.url()).matches(".*/admin/users/\\d+");
		browser.screenshot("04-user-created");

		signOut();
		assertThat(browser.visible(By.cssSelector("#signInForm")).isDisplayed()).isTrue();
		assertThat(browser.visible(By.cssSelector("div.alert-success")).getText()).isEqualTo("You have signed out.");
		browser.screenshot("05-signed-out");

		signIn(username, Users.GOOD_PASSWORD);
		assertThat(browser.visible(By.id("who")).getText())
			.isEqualTo("You are signed in as " + displayName + " (" + username + ").");
		assertThat(browser.has(USERS_LINK)).as("Users link in the navbar of a non-admin").isFalse();
		assertThat(browser.visible(By.id("managerWork")).getText()).contains("As key account manager");
		browser.screenshot("06-home-as-new-user");
	}

	@Test
	void wrongPasswordShowsTheSignInError() {
		browser.open(url("/login"));
		browser.type(By.id("username"), "mentor");
		browser.type(By.id("password"), "not-the-password");
		browser.click(By.cssSelector("#signInForm button[type='submit']"));

		WebElement error = browser.visible(By.id("signInError"));
		assertThat(error.getText()).isEqualTo("The username or password is not right.");
		assertThat(browser.url()).endsWith("/login?error=bad");
		assertThat(browser.has(By.id("who"))).isFalse();
		browser.screenshot("07-wrong-password");
	}

	@Test
	void signOutOnAPageLeftOpenAfterTheSessionEndedSaysSignedOut() {
		browser.open(url("/login"));
		signIn("member", Users.DEMO_PASSWORD);
		// The session ends while the page stays open (expired, or ended by an admin).
		this.jdbc.update("delete from spring_session where principal_name = ?", "member");
		signOut();
		assertThat(browser.url()).endsWith("/login?logout");
		assertThat(browser.visible(By.cssSelector(".alert-success")).getText()).isEqualTo("You have signed out.");
		browser.screenshot("08-signed-out-after-session-end");
	}

	/**
	 * The check after each test is only worth something if a violation does reach it: an
	 * inline script is refused by the Content-Security-Policy, and the refusal shows up
	 * in the console messages this test reads.
	 */
	@Test
	void inlineScriptIsRefusedAndTheViolationIsSeen() {
		browser.open(url("/login"));
		browser.script("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
				+ " document.head.appendChild(s);");
		assertThat(browser.script("return window.inlineRan === true")).isEqualTo(false);
		browser.open(url("/login?logout"));
		assertThat(browser.contentSecurityPolicyViolations()).singleElement()
			.asString()
			.contains("inline script", "script-src 'self'");
		browser.forgetConsoleMessages();
	}

	private void signIn(String username, String password) {
		browser.waitForPath("/login");
		browser.type(By.id("username"), username);
		browser.type(By.id("password"), password);
		browser.click(By.cssSelector("#signInForm button[type='submit']"));
		browser.waitForPath("/");
	}

	private void signOut() {
		browser.click(By.id("userMenu"));
		browser.click(By.id("signOut"));
		browser.waitForPath("/login");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
