package org.keyline.shared.session;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keyline.HttpBrowser;
import org.keyline.KeylineApplication;
import org.keyline.people.Users;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.HttpBrowser.csrfToken;
import static org.keyline.HttpBrowser.encode;
import static org.keyline.HttpBrowser.location;

/**
 * Two Keyline instances on two ports share one database, as behind a load balancer
 * without sticky sessions: a user signs in on one and carries on, signed in, on the other
 * (a page, a form posted with the CSRF token the other instance issued, the flash message
 * after the redirect, the page asked for before signing in), and signing out on one signs
 * them out on both.
 */
class TwoInstancesTests {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static int one;

	static int two;

	static JdbcTemplate jdbc;

	static long account;

	static long contact;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
		one = port(first);
		two = port(second);
		jdbc = first.getBean(JdbcTemplate.class);
		account = jdbc.queryForObject("select id from account_account where name = 'Nordhafen Logistics AG'",
				Long.class);
		contact = jdbc.queryForObject(
				"select min(id) from relationship_contact where account_id = ? and not left_company", Long.class,
				account);
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void theTwoInstancesAreTwoServersOnOneDatabase() {
		assertThat(one).isNotEqualTo(two);
		assertThat(first.getBean(JdbcTemplate.class).queryForObject("select inet_server_port()", Integer.class))
			.isEqualTo(second.getBean(JdbcTemplate.class).queryForObject("select inet_server_port()", Integer.class));
	}

	@Test
	void signedInOnOneInstanceAUserCarriesOnOnTheOtherAndSignsOutOfBoth() throws Exception {
		HttpBrowser browser = new HttpBrowser();

		// Asks the second instance for a page: it wants a sign-in and remembers the page.
		HttpResponse<String> asked = browser.get(two, "/accounts/" + account);
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(location(asked)).endsWith("/login");

		// Signs in on the first instance, and is sent on to the page asked for.
		String loginToken = csrfToken(browser.get(one, "/login").body());
		HttpResponse<String> signedIn = browser.post(one, "/login",
				"username=member&password=" + Users.DEMO_PASSWORD + "&_csrf=" + encode(loginToken));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(location(signedIn)).contains("/accounts/" + account);
		assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
				browser.sessionId()))
			.isEqualTo("member");

		// The second instance knows them.
		HttpResponse<String> page = browser.get(two, "/accounts/" + account);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Max Member").contains("Nordhafen Logistics AG");

		// A form from the first instance, posted to the second with the first one's
		// token.
		String form = browser.get(one, "/accounts/" + account + "/interactions/new").body();
		String summary = "Call across instances " + System.nanoTime();
		HttpResponse<String> posted = browser.post(two, "/accounts/" + account + "/interactions",
				"occurredOn=" + LocalDate.now() + "&kind=CALL&summary=" + encode(summary) + "&nextStep=&contactIds="
						+ contact + "&_csrf=" + encode(csrfToken(form)));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(location(posted)).endsWith("/accounts/" + account + "/interactions");
		assertThat(jdbc.queryForObject("select count(*) from relationship_interaction where summary = ?", Integer.class,
				summary))
			.isEqualTo(1);

		// The flash message of that redirect is shown by the first instance, once.
		HttpResponse<String> timeline = browser.get(one, "/accounts/" + account + "/interactions");
		assertThat(timeline.body()).contains("Interaction logged.").contains(summary);
		assertThat(browser.get(two, "/accounts/" + account + "/interactions").body())
			.doesNotContain("Interaction logged.");

		// Signs out on the second instance with a token from the first; the first
		// does not know them any more, even if the old cookie is sent again.
		String cookie = browser.session();
		String sessionId = browser.sessionId();
		String logoutToken = csrfToken(browser.get(one, "/").body());
		HttpResponse<String> signedOut = browser.post(two, "/logout", "_csrf=" + encode(logoutToken));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(location(signedOut)).endsWith("/login?logout");
		HttpBrowser replaying = new HttpBrowser();
		replaying.useSession(cookie);
		HttpResponse<String> afterwards = replaying.get(one, "/");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(location(afterwards)).endsWith("/login");
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId))
			.as("the session is deleted from the database")
			.isZero();
	}

	@Test
	void aTokenFromSomeoneElsesSessionIsRefusedOnTheOtherInstance() throws Exception {
		HttpBrowser member = new HttpBrowser();
		HttpBrowser mentor = new HttpBrowser();
		member.signIn(one, "member", Users.DEMO_PASSWORD);
		mentor.signIn(two, "mentor", Users.DEMO_PASSWORD);
		String mentorsToken = csrfToken(mentor.get(two, "/").body());
		int before = interactions();
		HttpResponse<String> posted = member.post(two, "/accounts/" + account + "/interactions",
				"occurredOn=" + LocalDate.now() + "&kind=CALL&summary=forged&contactIds=" + contact + "&_csrf="
						+ encode(mentorsToken));
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(interactions()).isEqualTo(before);
	}

	@Test
	void aSessionWhoseSignInCannotBeReadBackAsksForASignInInsteadOfFailing() throws Exception {
		HttpBrowser browser = new HttpBrowser();
		browser.signIn(one, "member", Users.DEMO_PASSWORD);
		assertThat(browser.get(two, "/").statusCode()).isEqualTo(200);
		// As if written by an older Keyline whose classes have changed since.
		jdbc.update(
				"update spring_session_attributes set attribute_bytes = ? where attribute_name = "
						+ "'SPRING_SECURITY_CONTEXT' and session_primary_id = (select primary_id from spring_session"
						+ " where session_id = ?)",
				new byte[] { (byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3 }, browser.sessionId());
		HttpResponse<String> page = browser.get(two, "/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(location(page)).endsWith("/login");
	}

	private static int interactions() {
		return jdbc.queryForObject("select count(*) from relationship_interaction where account_id = ?", Integer.class,
				account);
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(KeylineApplication.class).run("--keyline.embedded-database.ephemeral=true",
				"--server.port=0", "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
