package org.keyline.people;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.keyline.HttpBrowser;
import org.keyline.KeylineServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.HttpBrowser.csrfToken;
import static org.keyline.HttpBrowser.encode;
import static org.keyline.HttpBrowser.location;

/**
 * A user whom an admin disables, whose roles change or whose password an admin resets is
 * signed out of every session at once (sessions live in the database), not when the
 * session expires; an admin's refused change (the last admin) signs nobody out.
 */
@KeylineServerTest
class SignOutOnAccountChangeTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDisabledUserIsSignedOutOfEverySessionAtOnce() throws Exception {
		String username = this.users.create("gone", Role.MANAGER);
		HttpBrowser laptop = signedIn(username);
		HttpBrowser phone = signedIn(username);
		assertThat(laptop.get(this.port, "/accounts").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(username)).isEqualTo(2);

		HttpBrowser admin = signedIn(this.users.create("sadm", Role.ADMIN));
		long id = this.users.idOf(username);
		String token = csrfToken(admin.get(this.port, "/admin/users/" + id).body());
		HttpResponse<String> disabled = admin.post(this.port, "/admin/users/" + id + "/disable",
				"_csrf=" + encode(token));
		assertThat(disabled.statusCode()).isEqualTo(302);

		assertThat(sessionsOf(username)).isZero();
		for (HttpBrowser browser : new HttpBrowser[] { laptop, phone }) {
			HttpResponse<String> next = browser.get(this.port, "/accounts");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(location(next)).endsWith("/login");
		}
		// the admin carries on
		assertThat(admin.get(this.port, "/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void changedRolesAndAResetPasswordSignTheUserOut() throws Exception {
		String username = this.users.create("demoted", Role.DIRECTOR, Role.MANAGER);
		HttpBrowser director = signedIn(username);
		assertThat(director.get(this.port, "/portfolio").statusCode()).isEqualTo(200);
		HttpBrowser admin = signedIn(this.users.create("sadm", Role.ADMIN));
		long id = this.users.idOf(username);
		String edit = admin.get(this.port, "/admin/users/" + id).body();
		Long version = this.jdbc.queryForObject("select version from people_user where id = ?", Long.class, id);
		HttpResponse<String> demoted = admin.post(this.port, "/admin/users/" + id, "_csrf=" + encode(csrfToken(edit))
				+ "&displayName=Demoted&email=demoted%40keyline.example" + "&roles=MANAGER&version=" + version);
		assertThat(demoted.statusCode()).isEqualTo(302);
		HttpResponse<String> after = director.get(this.port, "/portfolio");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(location(after)).endsWith("/login");

		HttpBrowser again = signedIn(username);
		assertThat(again.get(this.port, "/portfolio").statusCode()).as("a manager now").isEqualTo(403);
		String token = csrfToken(admin.get(this.port, "/admin/users/" + id).body());
		HttpResponse<String> reset = admin.post(this.port, "/admin/users/" + id + "/password",
				"_csrf=" + encode(token) + "&password=Copper-kettle-9931&passwordConfirmation=Copper-kettle-9931");
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(location(again.get(this.port, "/accounts"))).endsWith("/login");
	}

	@Test
	void aRefusedChangeSignsNobodyOut() throws Exception {
		String adminName = this.users.create("lone", Role.ADMIN);
		HttpBrowser admin = signedIn(adminName);
		long self = this.users.idOf(adminName);
		String token = csrfToken(admin.get(this.port, "/admin/users/" + self).body());
		// nobody disables themself: refused, and the admin stays signed in
		HttpResponse<String> refused = admin.post(this.port, "/admin/users/" + self + "/disable",
				"_csrf=" + encode(token));
		assertThat(refused.statusCode()).isIn(200, 302, 409);
		assertThat(this.jdbc.queryForObject("select enabled from people_user where id = ?", Boolean.class, self))
			.isTrue();
		assertThat(sessionsOf(adminName)).isEqualTo(1);
		assertThat(admin.get(this.port, "/admin/users").statusCode()).isEqualTo(200);
	}

	private HttpBrowser signedIn(String username) throws Exception {
		HttpBrowser browser = new HttpBrowser();
		browser.signIn(this.port, username, Users.GOOD_PASSWORD);
		return browser;
	}

	private int sessionsOf(String username) {
		Integer count = this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, username);
		return (count != null) ? count : 0;
	}

}
