package org.keyline.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's main job, end to end in real browsers: create a user with a role (a
 * too-short password is refused first, with the message next to the field); the new user
 * signs in in a browser of their own; the administrator disables them; they can no longer
 * sign in. Screenshots: {@code target/screenshots/journeys/admin-NN-<step>.png}.
 */
@KeylineServerTest
class AdministratorJourneyTests {

	/** The administrator's browser. */
	@RegisterExtension
	static final Browser browser = new Browser();

	/** The new user's browser, with cookies of its own. */
	@RegisterExtension
	static final Browser newUsersBrowser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	Journey journey;

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (browser.driver() != null && this.journey != null) {
			this.journey.assertNoContentSecurityPolicyViolations();
			this.journey.in(newUsersBrowser).assertNoContentSecurityPolicyViolations();
		}
	}

	@Test
	void theAdminCreatesAUserWhoSignsInThenDisablesThem() {
		String admin = this.users.create("admin", Role.ADMIN);
		String username = Users.uniqueUsername("priya");
		String displayName = "Priya Raman " + username.substring(username.indexOf('-') + 1);
		this.journey = new Journey(browser, this.port, "admin");
		Journey j = this.journey;

		// My work: the users at a glance.
		j.signIn(admin, Users.GOOD_PASSWORD);
		assertThat(j.text(By.id("adminWork"))).contains("active");
		j.screenshot("my-work");

		// A new team member, first with a password that is too short.
		j.follow(By.id("adminUsersLink"));
		assertThat(j.path()).isEqualTo("/admin/users");
		j.follow(By.id("newUser"));
		j.type(By.id("username"), username);
		j.type(By.id("displayName"), displayName);
		j.type(By.id("email"), username + "@example.com");
		j.click(By.cssSelector("#userForm input[name='roles'][value='MEMBER']"));
		j.type(By.id("password"), "Short-1");
		j.type(By.id("passwordConfirmation"), "Short-1");
		j.follow(By.cssSelector("#userForm button[type='submit']"));
		assertThat(j.text(By.id("password-errors"))).contains("12");
		assertThat(browser.visible(By.id("password")).getDomAttribute("aria-describedby")).contains("password-errors");
		assertThat(browser.visible(By.id("username")).getDomProperty("value")).as("what was typed is kept")
			.isEqualTo(username);
		assertThat(browser.visible(By.cssSelector("#userForm input[name='roles'][value='MEMBER']")).isSelected())
			.isTrue();
		j.screenshot("password-too-short");

		j.type(By.id("password"), Users.GOOD_PASSWORD);
		j.type(By.id("passwordConfirmation"), Users.GOOD_PASSWORD);
		j.follow(By.cssSelector("#userForm button[type='submit']"));
		assertThat(j.flash()).isEqualTo("User " + username + " created.");
		assertThat(j.path()).matches("/admin/users/\\d+");
		String userPage = j.path();
		j.screenshot("user-created");

		// The new user signs in, in a browser of their own, and finds their work.
		Journey newUser = j.in(newUsersBrowser);
		newUser.signIn(username, Users.GOOD_PASSWORD);
		assertThat(newUser.text(By.id("who"))).contains(displayName, username);
		assertThat(newUser.text(By.id("memberWork"))).contains("As account team member");
		assertThat(newUser.has(By.cssSelector("nav.navbar a[href='/admin/users']"))).isFalse();
		newUser.screenshot("new-user-signed-in");

		// The administrator disables them, confirming in the dialog with the keyboard.
		assertThat(j.path()).isEqualTo(userPage);
		j.click(By.id("disableUser"));
		browser.visible(By.id("disableDialog"));
		j.screenshot("disable-confirmation");
		j.pressEnterAndFollow(By.id("confirmDisable"));
		assertThat(j.flash()).isEqualTo("User disabled. They can no longer sign in.");
		assertThat(j.has(By.id("enableUser"))).isTrue();
		j.screenshot("user-disabled");

		// Their sessions ended with it: the next page they open asks them to sign in, and
		// they can no longer sign in.
		newUser.open("/");
		assertThat(newUser.path()).isEqualTo("/login");
		assertThat(newUser.signInRefused(username, Users.GOOD_PASSWORD))
			.isEqualTo("This user is disabled. Ask an administrator to enable it again.");
		newUser.screenshot("sign-in-refused");
	}

}
